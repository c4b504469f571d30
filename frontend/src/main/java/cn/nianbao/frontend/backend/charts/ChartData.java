package cn.nianbao.frontend.backend.charts;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.frontend.backend.analytics.Metric;
import cn.nianbao.frontend.backend.analytics.PointState;
import cn.nianbao.frontend.backend.analytics.Region;

/**
 * What a chart draws, as the backend gives it ({@code /api/charts/{chart}/data}): its title, the caption stating the
 * key figure, notes and source line, and the figures as a table (the 数据表 under the chart).
 */
public record ChartData(String chart, String title, String caption, List<String> notes, String source, Region region,
                        List<Integer> years, Metric metric, String unit, Integer leftOut, Table table) {

    public ChartData {
        notes = notes == null ? List.of() : List.copyOf(notes);
        years = years == null ? List.of() : List.copyOf(years);
    }

    /** Rows × columns: years × categories, bodies × years, bodies × rank/current/previous/change. */
    public record Table(String rowHeader, List<Column> columns, List<Row> rows) {
        public Table {
            columns = columns == null ? List.of() : List.copyOf(columns);
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /** A column; {@code group} joins columns under one heading (行政复议 / 行政诉讼), null when none. */
    public record Column(String key, String label, String group) {
    }

    public record Row(String key, String label, List<DataCell> cells) {
        public Row {
            cells = cells == null ? List.of() : List.copyOf(cells);
        }
    }

    /**
     * One figure: a body's point with its state, or a region's total ({@code state} null); a rate carries its sample.
     */
    public record DataCell(BigDecimal value, PointState state, BigDecimal numerator, BigDecimal denominator,
                           Boolean reliable) {

        public boolean unreliable() {
            return Boolean.FALSE.equals(reliable);
        }
    }
}
