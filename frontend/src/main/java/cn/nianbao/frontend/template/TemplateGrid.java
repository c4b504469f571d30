package cn.nianbao.frontend.template;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/** Builds the read-only grids of the template tables: a label column, then one column per cell code. */
final class TemplateGrid {

    /** A value column: its key in {@link TemplateRow#cells()} and its header text. */
    record Column(String key, String header) {
    }

    private TemplateGrid() {
    }

    /**
     * @param labelHeader the header of the label column, or null for a table without one (表四)
     */
    static Grid<TemplateRow> create(String labelHeader, List<Column> columns, List<TemplateRow> rows) {
        return create(labelHeader, columns, rows, "6.5em");
    }

    /** @param columnWidth the width of a value column; 表四 has fifteen of them and needs narrow ones */
    static Grid<TemplateRow> create(String labelHeader, List<Column> columns, List<TemplateRow> rows,
                                    String columnWidth) {
        Grid<TemplateRow> grid = new Grid<>();
        grid.addClassName("template-table");
        grid.addThemeVariants(GridVariant.COLUMN_BORDERS, GridVariant.LUMO_COMPACT, GridVariant.WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setAllRowsVisible(true);
        if (labelHeader != null) {
            grid.addColumn(new ComponentRenderer<>(TemplateGrid::label)).setHeader(labelHeader).setKey("label")
                    .setFlexGrow(4).setWidth("22em");
        }
        for (Column column : columns) {
            grid.addColumn(new ComponentRenderer<>(row -> cell(row.cell(column.key()))))
                    .setHeader(column.header()).setKey(column.key())
                    .setTextAlign(ColumnTextAlign.END).setFlexGrow(1).setWidth(columnWidth);
        }
        grid.setItems(rows);
        return grid;
    }

    private static Component label(TemplateRow row) {
        Span label = new Span(row.label());
        label.addClassName("template-label");
        label.addClassName("level-" + row.level());
        if (row.heading()) {
            label.addClassName("template-heading");
        }
        return label;
    }

    /** Blank and missing cells look different from a printed 0 and say so when hovered. */
    static Component cell(Cell cell) {
        Span span = new Span();
        if (cell == null) {
            return span;
        }
        switch (cell.state()) {
            case VALUE -> {
                span.setText(cell.text());
                span.addClassName("cell-value");
            }
            case BLANK -> {
                span.addClassName("cell-blank");
                span.getElement().setAttribute("title", span.getTranslation("cell.blank.tooltip"));
                span.getElement().setAttribute("aria-label", span.getTranslation("cell.blank"));
            }
            case MISSING -> {
                span.setText("—");
                span.addClassName("cell-missing");
                span.getElement().setAttribute("title", span.getTranslation("cell.missing.tooltip"));
            }
        }
        return span;
    }
}
