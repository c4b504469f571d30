package cn.nianbao.frontend.ui;

import cn.nianbao.frontend.backend.analytics.Metric;
import cn.nianbao.frontend.backend.analytics.MetricKind;
import cn.nianbao.frontend.backend.analytics.Point;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/**
 * One point as a cell shows it: its number when the body printed one (a rate with its n, greyed when the sample is
 * too small to compare), else the name of its state. Never a 0 for a blank or a missing report.
 */
public final class PointValue {

    private PointValue() {
    }

    public static Component of(Point point, Metric metric) {
        if (!point.hasValue()) {
            return new PointStateLabel(point.state(), metric);
        }
        MetricKind kind = metric == null ? MetricKind.OTHER : metric.kind();
        Span value = new Span(Figures.value(point.value(), kind));
        value.addClassName("point-value");
        if (kind == MetricKind.RATE) {
            rate(value, point);
        }
        return value;
    }

    /** The room the cell of {@code point} takes, for sizing its column (see {@link TableLayout#number}). */
    public static double widthRem(Point point, Metric metric) {
        Component shown = of(point, metric);
        if (shown instanceof PointStateLabel label) {
            // a coloured badge: its padding too
            return TableLayout.textRem(label.getText()) * 0.875 + 1;
        }
        Span value = (Span) shown;
        return TableLayout.textRem(value.getElement().getTextRecursively());
    }

    private static void rate(Span value, Point point) {
        if (point.denominator() == null) {
            return;
        }
        String n = Figures.plain(point.denominator());
        Span sample = new Span(value.getTranslation("rate.sample", n));
        sample.addClassName("rate-sample");
        value.add(sample);
        if (!Figures.reliable(point.denominator())) {
            value.addClassName("rate-unreliable");
            value.getElement().setAttribute("title", value.getTranslation("rate.unreliable", n,
                    String.valueOf(Figures.RELIABLE_FROM)));
        }
    }
}
