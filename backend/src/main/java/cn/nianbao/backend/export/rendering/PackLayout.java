package cn.nianbao.backend.export.rendering;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.export.Grid;

/**
 * The page geometry of a meeting pack, the same for the slides and the PDF (16:9, 960 × 540 points), and how a table
 * is cut into pages: each row as high as its longest text needs at the table's font size, as many rows per page as
 * fit under the headings, which repeat on every page.
 */
final class PackLayout {

    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    static final double MARGIN = 36;
    static final double TITLE_TOP = 24;
    static final double TITLE_HEIGHT = 40;
    static final double CAPTION_HEIGHT = 44;
    static final double BODY_TOP = TITLE_TOP + TITLE_HEIGHT + 8;
    static final double FOOTER = 44;
    static final double INSET = 4;
    static final double LINE = 1.4;

    private PackLayout() {
    }

    /** The table's font size: readable when projected, smaller only for the 15 columns of 表四. */
    static double fontSize(Grid grid) {
        return grid.columns() > 10 ? 10 : grid.columns() > 7 ? 11 : 12;
    }

    /** Column widths in points over the page's text width. */
    static double[] columnWidths(Grid grid) {
        double total = grid.widths().stream().mapToInt(Integer::intValue).sum();
        double[] widths = new double[grid.columns()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = (WIDTH - 2 * MARGIN) * grid.widths().get(c) / total;
        }
        return widths;
    }

    /** The height each row needs: its tallest cell's lines (a merge across columns has their width). */
    static double[] rowHeights(Grid grid) {
        double size = fontSize(grid);
        double[] widths = columnWidths(grid);
        double[] heights = new double[grid.rows().size()];
        for (int r = 0; r < heights.length; r++) {
            int lines = 1;
            for (int c = 0; c < grid.columns(); c++) {
                Grid.Cell cell = grid.rows().get(r).get(c);
                if (cell.kind() == Grid.Kind.COVERED) {
                    continue;
                }
                Grid.Merge merge = grid.mergeAt(r, c);
                if (merge != null && merge.lastRow() > merge.firstRow()) {
                    continue; // a label merged down has the rows below it to spread over
                }
                double width = widths[c];
                if (merge != null) {
                    for (int i = c + 1; i <= merge.lastColumn(); i++) {
                        width += widths[i];
                    }
                }
                lines = Math.max(lines, lines(text(cell), size, width - 2 * INSET));
            }
            heights[r] = lines * size * LINE + 2 * INSET;
        }
        return heights;
    }

    /** How many lines a text takes at this size and width: CJK characters a full em, others about half. */
    static int lines(String text, double size, double width) {
        int lines = 1;
        double line = 0;
        for (int i = 0; i < text.length(); i++) {
            double advance = text.charAt(i) < 0x2E80 ? size * 0.56 : size;
            if (line + advance > width && line > 0) {
                lines++;
                line = 0;
            }
            line += advance;
        }
        return lines;
    }

    static String text(Grid.Cell cell) {
        return cell.kind() == Grid.Kind.COVERED ? "" : cell.printed()
                + (cell.note() == null ? "" : "（" + cell.note() + "）");
    }

    /** The grid cut into parts that fit a page each, headings repeated; the first keeps the title. */
    static List<Grid> pages(Grid grid, double available) {
        double[] heights = rowHeights(grid);
        double header = 0;
        for (int r = 0; r < grid.headerRows(); r++) {
            header += heights[r];
        }
        List<Grid> parts = new ArrayList<>();
        int start = 0;
        double used = header;
        for (int b = 0; b < grid.bodyRows(); b++) {
            double height = heights[grid.headerRows() + b];
            if (used + height > available && b > start) {
                parts.add(grid.part(start, b, title(grid, parts.size())));
                start = b;
                used = header;
            }
            used += height;
        }
        parts.add(grid.part(start, grid.bodyRows(), title(grid, parts.size())));
        return parts;
    }

    private static String title(Grid grid, int part) {
        return part == 0 ? grid.title() : grid.title() + "（续）";
    }

    /** The height under the title that a table may fill, less its notes' lines on the last page. */
    static double tableArea() {
        return HEIGHT - BODY_TOP - FOOTER;
    }
}
