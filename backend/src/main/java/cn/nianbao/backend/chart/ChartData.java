package cn.nianbao.backend.chart;

import java.util.List;

import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.analytics.Point;
import cn.nianbao.backend.analytics.PointState;
import cn.nianbao.backend.analytics.RegionRef;
import cn.nianbao.backend.analytics.RegionTotals;

/**
 * Everything a chart shows, as figures: its words (title, caption, notes, source line) and its numbers as a table.
 * The drawing is made from this and nothing else, and {@code GET /api/charts/{chart}/data} answers it as JSON, so the
 * table under a chart is exactly what the chart draws.
 *
 * @param metric   the metric shown, for the charts that show a chosen one; null for the fixed compositions
 * @param unit     the unit of the table's values: 件, 万元, or % (rates are 0…1)
 * @param leftOut  bodies of the region not drawn (beyond {@code top}, or without a number to rank)
 */
public record ChartData(ChartKind chart, String title, String caption, List<String> notes, String source,
                        RegionRef region, List<Integer> years, MetricInfo metric, String unit, int leftOut,
                        Table table) {

    public ChartData {
        notes = List.copyOf(notes);
        years = List.copyOf(years);
    }

    public ChartData withSource(String line) {
        return new ChartData(chart, title, caption, notes, line, region, years, metric, unit, leftOut, table);
    }

    /** Rows × columns of cells; what a row and a column are depends on the chart (years, bodies, categories). */
    public record Table(String rowHeader, List<Column> columns, List<Row> rows) {

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /**
     * A column: {@code key} is a metric id, a year, an agency code or a word such as {@code total}; {@code group}
     * puts columns side by side (行政复议 / 行政诉讼), null otherwise.
     */
    public record Column(String key, String label, String group) {
    }

    public record Row(String key, String label, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One number with its state, as the analytics API gives it: {@code state} tells a printed number from a blank, a
     * missing table, a missing report and a report not due; it is null for a region's total, which is null itself when
     * no body printed what it adds up. A rate carries its numerator, denominator and whether the sample is enough.
     */
    public record Cell(Number value, PointState state, Number numerator, Number denominator, Boolean reliable) {

        public static Cell of(Point point) {
            return new Cell(point.value(), point.state(), point.numerator(), point.denominator(), point.reliable());
        }

        public static Cell of(RegionTotals.YearTotal total) {
            return new Cell(total.value(), null, total.numerator(), total.denominator(), total.reliable());
        }

        /** A plain number (a rank, a change). */
        public static Cell number(Number value) {
            return new Cell(value, null, null, null, null);
        }

        public boolean hasValue() {
            return value != null && (state == null || state == PointState.REPORTED);
        }

        /** A rate whose sample is below the minimum. */
        public boolean unreliable() {
            return Boolean.FALSE.equals(reliable);
        }
    }
}
