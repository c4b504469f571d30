package cn.nianbao.frontend.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.nianbao.frontend.backend.analytics.MetricKind;
import cn.nianbao.frontend.backend.charts.ChartData;
import cn.nianbao.frontend.ui.Figures;
import cn.nianbao.frontend.ui.PointStateLabel;
import cn.nianbao.frontend.ui.TableLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The figures a chart draws, as the backend gives them ({@code /api/charts/{chart}/data}), in the one table layout:
 * the rows (years or bodies) down, the columns (categories, years, rank and values) across, grouped where the backend
 * groups them (行政复议 / 行政诉讼). A body's point that has no number shows its state (缺报, 空白 …), a rate its n,
 * greyed when the backend finds the sample too small; a total nobody printed is a dash, never 0.
 */
class ChartDataTable extends Div {

    ChartDataTable(ChartData data) {
        addClassName("chart-data");
        ChartData.Table table = data.table();
        if (table == null || table.rows().isEmpty()) {
            add(new Paragraph(getTranslation("chart.table.empty")));
            return;
        }
        boolean rate = "%".equals(data.unit());
        Grid<ChartData.Row> grid = new Grid<>();
        TableLayout<ChartData.Row> layout = TableLayout.of(grid, "chart-data-grid");
        grid.setAllRowsVisible(true);
        layout.textLabel("label", table.rowHeader(), ChartData.Row::label,
                table.rows().stream().mapToDouble(row -> TableLayout.textRem(row.label())).max().orElse(4) * 0.75 + 1);
        List<ChartData.Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            ChartData.Column column = columns.get(i);
            boolean rank = column.key().equals("rank");
            double widest = table.rows().stream()
                    .mapToDouble(row -> width(cellAt(row, index), rate && !rank)).max().orElse(0);
            layout.number("c" + i, column.label(), row -> cell(cellAt(row, index), rate && !rank), widest);
        }
        groups(grid, columns);
        grid.setItems(table.rows());
        add(grid);
        Paragraph source = new Paragraph(data.source());
        source.addClassName("chart-data-source");
        add(source);
    }

    /** A heading over the columns the backend puts in one group (行政复议 over its four results). */
    private static void groups(Grid<ChartData.Row> grid, List<ChartData.Column> columns) {
        if (columns.stream().allMatch(column -> column.group() == null)) {
            return;
        }
        Map<String, List<Grid.Column<ChartData.Row>>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byGroup.computeIfAbsent(Objects.requireNonNullElse(columns.get(i).group(), ""), g -> new ArrayList<>())
                    .add(grid.getColumnByKey("c" + i));
        }
        HeaderRow heading = grid.prependHeaderRow();
        byGroup.forEach((group, grouped) -> {
            if (grouped.size() > 1) {
                heading.join(grouped.toArray(Grid.Column[]::new)).setComponent(TableLayout.heading(group));
            } else {
                heading.getCell(grouped.getFirst()).setComponent(TableLayout.heading(group));
            }
        });
    }

    private static ChartData.DataCell cellAt(ChartData.Row row, int index) {
        return index < row.cells().size() ? row.cells().get(index) : null;
    }

    private static Component cell(ChartData.DataCell cell, boolean rate) {
        if (cell == null || cell.value() == null) {
            if (cell != null && cell.state() != null) {
                return new PointStateLabel(cell.state());
            }
            Span none = new Span("—");
            none.addClassName("cell-none");
            return none;
        }
        Span value = new Span(text(cell, rate));
        value.addClassName("point-value");
        if (rate && cell.unreliable()) {
            value.addClassName("rate-unreliable");
            value.getElement().setAttribute("title",
                    value.getTranslation("rate.unreliable.plain", Figures.value(cell.denominator(), MetricKind.COUNT)));
        }
        return value;
    }

    private static String text(ChartData.DataCell cell, boolean rate) {
        BigDecimal value = cell.value();
        String shown = Figures.value(value, rate ? MetricKind.RATE : MetricKind.COUNT);
        return rate && cell.denominator() != null ? shown + "（n=" + Figures.value(cell.denominator(), MetricKind.COUNT)
                + "）" : shown;
    }

    private static double width(ChartData.DataCell cell, boolean rate) {
        if (cell == null || cell.value() == null) {
            return cell != null && cell.state() != null ? 4.5 : 1;
        }
        return TableLayout.textRem(text(cell, rate));
    }
}
