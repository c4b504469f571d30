package cn.nianbao.backend.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as authors lay it out: rows of cells with rowspan and colspan, the way the national template merges its
 * headings. Rendered to HTML, DOCX and markdown by {@link Renderings}.
 */
public record TableSpec(List<List<Cell>> rows) {

    public record Cell(String text, int rowSpan, int colSpan) {
    }

    public static Cell cell(String text) {
        return new Cell(text, 1, 1);
    }

    public static Cell cell(String text, int rowSpan, int colSpan) {
        return new Cell(text, rowSpan, colSpan);
    }

    /** One grid position: the cell that starts here, or the merged cell covering it (above or to the left). */
    public record Slot(Cell cell, boolean origin, boolean verticalContinuation) {
    }

    /** The merged layout expanded to a rectangular grid of slots. */
    public List<List<Slot>> grid() {
        List<List<Slot>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            while (grid.size() <= r) {
                grid.add(new ArrayList<>());
            }
            int column = 0;
            for (Cell cell : rows.get(r)) {
                while (column < grid.get(r).size() && grid.get(r).get(column) != null) {
                    column++;
                }
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    while (grid.size() <= r + dr) {
                        grid.add(new ArrayList<>());
                    }
                    List<Slot> row = grid.get(r + dr);
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        while (row.size() <= column + dc) {
                            row.add(null);
                        }
                        row.set(column + dc, new Slot(cell, dr == 0 && dc == 0, dr > 0 && dc == 0));
                    }
                }
                column += cell.colSpan();
            }
        }
        return grid;
    }
}
