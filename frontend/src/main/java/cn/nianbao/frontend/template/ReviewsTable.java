package cn.nianbao.frontend.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Div;

/**
 * 表四 政府信息公开行政复议、行政诉讼情况: one line of fifteen cells under 行政复议 and 行政诉讼 (未经复议直接起诉,
 * 复议后起诉), each split into 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计.
 */
public class ReviewsTable extends Div {

    public static final List<String> GROUPS = List.of("administrative_review", "litigation_direct",
            "litigation_after_review");
    public static final List<String> OUTCOMES = List.of("upheld", "corrected", "other", "pending", "total");

    private final Grid<TemplateRow> grid;

    public ReviewsTable(Map<String, ? extends Map<String, ? extends Number>> reviews) {
        this(reviews, CellMarks.NONE);
    }

    /** @param marks the page's notes on cells, by contract path */
    public ReviewsTable(Map<String, ? extends Map<String, ? extends Number>> reviews, CellMarks marks) {
        this(reviews, marks, null);
    }

    /** @param editor an input in each cell (the entry form); null: the numbers as printed */
    public ReviewsTable(Map<String, ? extends Map<String, ? extends Number>> reviews, CellMarks marks,
                        CellEditor editor) {
        addClassName("template-table-wrapper");
        List<TemplateGrid.Column> columns = new ArrayList<>();
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (String group : GROUPS) {
            for (String outcome : OUTCOMES) {
                String key = group + "." + outcome;
                columns.add(new TemplateGrid.Column(key, getTranslation("reviews.outcome." + outcome)));
                cells.put(key, Cell.of(reviews.get(group), outcome));
            }
        }
        grid = TemplateGrid.create("reviews-table", null, columns,
                List.of(new TemplateRow("", 0, false, cells, "reviews")), marks, editor);
        HeaderRow lawsuits = grid.prependHeaderRow();
        lawsuits.join(columnsOf(List.of(GROUPS.get(0)))).setText("");
        lawsuits.join(columnsOf(List.of(GROUPS.get(1)))).setText(getTranslation("reviews.group.litigation_direct"));
        lawsuits.join(columnsOf(List.of(GROUPS.get(2))))
                .setText(getTranslation("reviews.group.litigation_after_review"));
        // above joined cells a new header row already has one cell per group: join those cells, not columns
        HeaderRow kinds = grid.prependHeaderRow();
        kinds.getCell(firstColumnOf(GROUPS.get(0))).setText(getTranslation("reviews.group.administrative_review"));
        kinds.join(List.of(kinds.getCell(firstColumnOf(GROUPS.get(1))), kinds.getCell(firstColumnOf(GROUPS.get(2)))))
                .setText(getTranslation("reviews.group.litigation"));
        add(grid);
    }

    public Grid<TemplateRow> grid() {
        return grid;
    }

    private Grid.Column<TemplateRow> firstColumnOf(String group) {
        return grid.getColumnByKey(group + "." + OUTCOMES.get(0));
    }

    private Grid.Column<?>[] columnsOf(List<String> groups) {
        return groups.stream().flatMap(group -> OUTCOMES.stream().map(outcome -> group + "." + outcome))
                .map(grid::getColumnByKey).toArray(Grid.Column[]::new);
    }
}
