package cn.nianbao.frontend.template;

import java.util.Map;

/**
 * One line of a template table: a heading line (三、本年度办理结果, （三）不予公开 …) has no cells; {@code level} is the
 * indentation of its label as in the national template.
 */
public record TemplateRow(String label, int level, boolean heading, Map<String, Cell> cells) {

    public TemplateRow {
        cells = cells == null ? Map.of() : Map.copyOf(cells);
    }

    public static TemplateRow heading(String label, int level) {
        return new TemplateRow(label, level, true, Map.of());
    }

    public Cell cell(String columnKey) {
        return heading ? null : cells.getOrDefault(columnKey, Cell.MISSING);
    }
}
