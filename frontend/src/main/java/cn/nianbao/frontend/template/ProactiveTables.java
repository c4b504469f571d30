package cn.nianbao.frontend.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;

/**
 * 表二 主动公开政府信息情况, as the template prints it: one small table per article of 第二十条, each headed by it.
 */
public class ProactiveTables extends Div {

    private static final List<String> DOCUMENT_COLUMNS = List.of("issued", "repealed", "in_force");

    public ProactiveTables(Map<String, ? extends Map<String, ? extends Number>> proactive) {
        this(proactive, CellMarks.NONE);
    }

    /** @param marks the page's notes on cells, by contract path */
    public ProactiveTables(Map<String, ? extends Map<String, ? extends Number>> proactive, CellMarks marks) {
        this(proactive, marks, null);
    }

    /** @param editor an input in each cell (the entry form); null: the numbers as printed */
    public ProactiveTables(Map<String, ? extends Map<String, ? extends Number>> proactive, CellMarks marks,
                           CellEditor editor) {
        addClassName("template-table-wrapper");
        addClassName("proactive-tables");
        add(part(proactive, "article_20_1", DOCUMENT_COLUMNS, List.of("regulations", "normative_documents"), marks, editor));
        add(part(proactive, "article_20_5", List.of("decisions"), List.of("licensing"), marks, editor));
        add(part(proactive, "article_20_6", List.of("decisions"), List.of("punishment", "enforcement"), marks, editor));
        add(part(proactive, "article_20_8", List.of("amount_wan_yuan"), List.of("fees"), marks, editor));
    }

    private Grid<TemplateRow> part(Map<String, ? extends Map<String, ? extends Number>> proactive, String article,
                                   List<String> columnCodes, List<String> rowCodes, CellMarks marks,
                                   CellEditor editor) {
        List<TemplateGrid.Column> columns = columnCodes.stream()
                .map(code -> new TemplateGrid.Column(code, getTranslation("proactive.column." + code))).toList();
        List<TemplateRow> rows = rowCodes.stream().map(code -> {
            Map<String, Cell> cells = new LinkedHashMap<>();
            columnCodes.forEach(column -> cells.put(column, Cell.of(proactive.get(code), column)));
            return new TemplateRow(getTranslation("proactive.row." + code), 0, false, cells, "proactive." + code);
        }).toList();
        Grid<TemplateRow> grid = TemplateGrid.create("proactive-" + article.replace('_', '-'),
                getTranslation("proactive.content"), columns, rows, marks, editor);
        grid.prependHeaderRow().join(grid.getColumns().toArray(Grid.Column[]::new))
                .setText(getTranslation("proactive." + article));
        return grid;
    }
}
