package cn.nianbao.frontend.template;

import java.util.List;

import cn.nianbao.frontend.ui.TableLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Builds the read-only grids of the template tables with the one {@link TableLayout}: a frozen label column, then
 * one column per cell code, each as wide as its longest printed number.
 */
final class TemplateGrid {

    /** A value column: its key in {@link TemplateRow#cells()} and its header text. */
    record Column(String key, String header) {
    }

    /** 表三's label column: the longest row label of the template wraps onto two lines. */
    static final double LABEL_REM = 22;
    /** The room of the hatched box that marks a blank cell, in digits. */
    private static final int BLANK_DIGITS = 4;
    /** The room of an input in the entry form, in digits. */
    private static final int EDIT_DIGITS = 6;
    /** A note under a number is set smaller than the number. */
    private static final double MARK_SIZE = 0.8;

    private TemplateGrid() {
    }

    /**
     * @param labelHeader the header of the label column, or null for a table without one (表四)
     */
    static Grid<TemplateRow> create(String className, String labelHeader, List<Column> columns,
                                    List<TemplateRow> rows, CellMarks marks) {
        return create(className, labelHeader, columns, rows, marks, null);
    }

    /** @param editor puts an input into each cell (the manual entry form); null: the numbers as printed */
    static Grid<TemplateRow> create(String className, String labelHeader, List<Column> columns,
                                    List<TemplateRow> rows, CellMarks marks, CellEditor editor) {
        Grid<TemplateRow> grid = new Grid<>();
        TableLayout<TemplateRow> table = TableLayout.of(grid, "template-table");
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        if (labelHeader != null) {
            table.label("label", labelHeader, TemplateGrid::label, LABEL_REM);
        }
        for (Column column : columns) {
            int longest = rows.stream().map(row -> row.cell(column.key()))
                    .mapToInt(cell -> cell == null ? 0 : cell.text().length()).max().orElse(0);
            double widestMark = rows.stream().filter(row -> !row.heading())
                    .flatMap(row -> marks.at(row.cellPath(column.key())).stream())
                    .mapToDouble(mark -> TableLayout.textRem(mark.text()) * MARK_SIZE).max().orElse(0);
            // a blank cell's hatched box is as wide as three digits
            // an input holds a six-digit count with its padding (a longer number stored already widens its column)
            int digits = editor == null ? Math.max(longest, BLANK_DIGITS) : Math.max(longest, EDIT_DIGITS);
            table.number(column.key(), column.header(), row -> marked(row, column.key(), marks, editor),
                    Math.max(TableLayout.digitsRem(digits), widestMark));
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

    /** The cell with its contract path and the page's notes under the number. */
    private static Component marked(TemplateRow row, String columnKey, CellMarks marks, CellEditor editor) {
        if (row.heading()) {
            return cell(null);
        }
        String path = row.cellPath(columnKey);
        Component cell = editor == null ? cell(row.cell(columnKey)) : editor.field(path, row.cell(columnKey));
        List<CellMark> notes = marks.at(path);
        if (notes.isEmpty()) {
            cell.getElement().setAttribute("data-path", path);
            return cell;
        }
        Div marked = new Div(cell);
        marked.addClassName("cell-marked");
        marked.getElement().setAttribute("data-path", path);
        for (CellMark note : notes) {
            Span mark = new Span(note.text());
            mark.addClassName("cell-mark");
            if (note.className() != null) {
                mark.addClassName(note.className());
            }
            if (note.tooltip() != null) {
                mark.getElement().setAttribute("title", note.tooltip());
            }
            marked.add(mark);
        }
        return marked;
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
