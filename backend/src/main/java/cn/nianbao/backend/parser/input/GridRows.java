package cn.nianbao.backend.parser.input;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.Token;
import cn.nianbao.backend.parser.text.Tokenizer;

/**
 * Turns one row of a real table (HTML, DOCX, markdown), with merged cells already expanded, into a line of tokens:
 * label cells first, then the values. A copy of a merged label cell repeats the label (harmless for matching); a copy
 * of a merged value cell is dropped, so a value never counts twice. Empty cells before the last label are layout
 * (the corner cell, merged continuations), empty cells after it are blank values.
 */
public final class GridRows {

    /**
     * A cell of the expanded grid; {@code copy} marks the repeated part of a merged cell, {@code disputed} a value
     * the OCR readings of the cell did not all agree on.
     */
    public record Cell(String text, boolean copy, boolean disputed) {

        public Cell(String text, boolean copy) {
            this(text, copy, false);
        }

        public static Cell of(String text) {
            return new Cell(text, false);
        }
    }

    private GridRows() {
    }

    public static Line toLine(List<Cell> cells) {
        List<Token> tokens = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < cells.size(); column++) {
            Cell cell = cells.get(column);
            List<Token> cellTokens = Tokenizer.tokenizeCell(cell.text());
            boolean label = cellTokens.stream().anyMatch(t -> t.kind() == Token.Kind.TEXT);
            if (label && cellTokens.size() > 1) {
                // a value has a cell of its own: a number beside words in one cell is part of a label (4 保护第三方…)
                cellTokens = List.of(Token.text(String.join("", cellTokens.stream().map(Token::text).toList())));
            }
            if (cell.copy() && !label) {
                continue;
            }
            if (label && !tokens.isEmpty() && sameText(tokens.getLast(), cellTokens.getLast())) {
                continue; // the same label spread over merged columns
            }
            for (Token token : cellTokens) {
                Token placed = token.inCell(column);
                tokens.add(cell.disputed() && token.kind() == Token.Kind.NUMBER ? placed.asDisputed() : placed);
            }
            texts.add(cell.text().strip());
        }
        int lastText = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Token.Kind.TEXT) {
                lastText = i;
            }
        }
        List<Token> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (i < lastText && tokens.get(i).kind() == Token.Kind.EMPTY) {
                continue;
            }
            kept.add(tokens.get(i));
        }
        return new Line(String.join(" ", texts).strip(), kept, true);
    }

    private static boolean sameText(Token a, Token b) {
        return a.kind() == b.kind() && a.text().equals(b.text());
    }

    /**
     * A table with nothing in it but empty cells and blank marks ({@code -}, {@code /}): converters print such a
     * placeholder where they could not read a table (an image). It has no header, no label, no value: it is dropped.
     */
    public static boolean isPlaceholder(List<List<Cell>> rows) {
        for (List<Cell> row : rows) {
            for (Cell cell : row) {
                for (Token token : Tokenizer.tokenizeCell(cell.text())) {
                    if (token.kind() == Token.Kind.TEXT || token.kind() == Token.Kind.NUMBER) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Expands a table given as rows of (text, rowspan, colspan) into a rectangular grid of cells, marking the copies.
     */
    public static List<List<Cell>> expand(List<List<SpannedCell>> rows) {
        List<List<Cell>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> gridRow = row(grid, r);
            int column = 0;
            for (SpannedCell cell : rows.get(r)) {
                while (column < gridRow.size() && gridRow.get(column) != null) {
                    column++;
                }
                int rowSpan = Math.clamp(cell.rowSpan(), 1, 200);
                int colSpan = Math.clamp(cell.colSpan(), 1, 100);
                for (int dr = 0; dr < rowSpan && r + dr < rows.size(); dr++) {
                    List<Cell> target = row(grid, r + dr);
                    for (int dc = 0; dc < colSpan; dc++) {
                        set(target, column + dc, new Cell(cell.text(), dr > 0 || dc > 0));
                    }
                }
                column += colSpan;
            }
        }
        List<List<Cell>> filled = new ArrayList<>(grid.size());
        for (List<Cell> gridRow : grid) {
            filled.add(gridRow.stream().map(c -> c == null ? Cell.of("") : c).toList());
        }
        return filled;
    }

    /** A table cell as written in the markup, before merges are expanded. */
    public record SpannedCell(String text, int rowSpan, int colSpan) {
    }

    private static List<Cell> row(List<List<Cell>> grid, int r) {
        while (grid.size() <= r) {
            grid.add(new ArrayList<>());
        }
        return grid.get(r);
    }

    private static void set(List<Cell> row, int column, Cell cell) {
        while (row.size() <= column) {
            row.add(null);
        }
        if (row.get(column) == null) {
            row.set(column, cell);
        }
    }
}
