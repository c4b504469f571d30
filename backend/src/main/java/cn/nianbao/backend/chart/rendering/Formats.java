package cn.nianbao.backend.chart.rendering;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import cn.nianbao.backend.analytics.MetricKind;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;

/** How a chart prints numbers: the labels as the captions do (1,234 · 48.7% · 12.35), the axes a little shorter. */
final class Formats {

    private Formats() {
    }

    /** A value label. */
    static NumberFormat label(MetricKind kind) {
        return switch (kind) {
            case COUNT -> pattern("#,##0");
            case RATE -> pattern("0.0%");
            case AMOUNT -> pattern("#,##0.##");
        };
    }

    /** A year, never 2,024. */
    static NumberFormat year() {
        return pattern("0");
    }

    /** The value axis: whole numbers for counts, whole percentages for rates. */
    static void valueAxis(NumberAxis axis, MetricKind kind) {
        axis.setAutoRangeIncludesZero(true);
        axis.setStandardTickUnits(ticks(kind));
        axis.setTickLabelFont(ChartFonts.plain(12f));
        axis.setLabelFont(ChartFonts.plain(13f));
        if (kind == MetricKind.RATE) {
            axis.setNumberFormatOverride(pattern("0%"));
        }
    }

    private static TickUnitSource ticks(MetricKind kind) {
        if (kind == MetricKind.COUNT) {
            return NumberAxis.createIntegerTickUnits(Locale.ROOT);
        }
        if (kind == MetricKind.RATE) {
            TickUnits units = new TickUnits();
            for (double step : new double[] {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5}) {
                units.add(new NumberTickUnit(step, pattern("0%")));
            }
            return units;
        }
        return NumberAxis.createStandardTickUnits(Locale.ROOT);
    }

    private static NumberFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
