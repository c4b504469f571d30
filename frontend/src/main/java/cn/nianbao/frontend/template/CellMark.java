package cn.nianbao.frontend.template;

/**
 * A short note a page puts on a cell of a template table, under its number: "2 空白" on the roll-up, "上年 118" and
 * "+5" on a report compared with last year, a finding of the quality checks.
 *
 * @param className for the stylesheet and tests, e.g. {@code mark-blank}
 * @param tooltip   what the note means, in full; null for none
 */
public record CellMark(String text, String className, String tooltip) {
}
