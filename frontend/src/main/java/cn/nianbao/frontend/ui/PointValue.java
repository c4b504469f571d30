package cn.nianbao.frontend.ui;

import cn.nianbao.frontend.backend.analytics.Metric;
import cn.nianbao.frontend.backend.analytics.MetricKind;
import cn.nianbao.frontend.backend.analytics.Point;
import cn.nianbao.frontend.backend.analytics.PointState;
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
        MetricKind kind = metric == null ? MetricKind.OTHER : metric.kind();
        if (kind == MetricKind.RATE && point.state() == PointState.REPORTED && point.value() == null) {
            // printed, but no case to divide by: a rate of nothing is not 0%
            Span none = new Span(none(point));
            none.addClassName("rate-no-cases");
            none.getElement().setAttribute("title", none.getTranslation("rate.no_cases"));
            return none;
        }
        if (!point.hasValue()) {
            return new PointStateLabel(point.state(), metric);
        }
        Span value = new Span(Figures.value(point.value(), kind));
        value.addClassName("point-value");
        if (kind == MetricKind.RATE) {
            rate(value, point, metric);
        }
        return value;
    }

    private static String none(Point point) {
        return "—" + (point.denominator() == null ? "" : "（n=" + Figures.plain(point.denominator()) + "）");
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

    private static void rate(Span value, Point point, Metric metric) {
        if (point.denominator() == null) {
            return;
        }
        String n = Figures.plain(point.denominator());
        Span sample = new Span(value.getTranslation("rate.sample", n));
        sample.addClassName("rate-sample");
        value.add(sample);
        if (point.unreliable()) {
            value.addClassName("rate-unreliable");
            value.getElement().setAttribute("title", metric != null && metric.minSample() != null
                    ? value.getTranslation("rate.unreliable", n, String.valueOf(metric.minSample()))
                    : value.getTranslation("rate.unreliable.plain", n));
        }
    }
}
