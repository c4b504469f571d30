package cn.nianbao.frontend.template;

import java.util.Map;

/**
 * One line of a template table: a heading line (三、本年度办理结果, （三）不予公开 …) has no cells; {@code level} is the
 * indentation of its label as in the national template. {@code path} is the contract path of the row
 * ({@code requests.granted}; {@code reviews} for 表四's one line): a cell's path is it, a dot and the column's key.
 */
public record TemplateRow(String label, int level, boolean heading, Map<String, Cell> cells, String path) {

    public TemplateRow {
        cells = cells == null ? Map.of() : Map.copyOf(cells);
    }

    public static TemplateRow heading(String label, int level) {
        return new TemplateRow(label, level, true, Map.of(), null);
    }

    /** The contract path of the cell in {@code columnKey}, e.g. {@code requests.granted.natural_person}. */
    public String cellPath(String columnKey) {
        return path == null ? columnKey : path + "." + columnKey;
    }

    public Cell cell(String columnKey) {
        return heading ? null : cells.getOrDefault(columnKey, Cell.MISSING);
    }
}
