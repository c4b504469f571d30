package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.TextNormalizer;
import cn.nianbao.backend.parser.text.Token;

/**
 * Reads a row of a real table (HTML, DOCX, markdown, a scan's ruled cells) by the position of its cells: the table's
 * values stand in its {@code width} rightmost value columns, ending at the last column any row prints a value in
 * (or, when the table's header names 总计 further right, at that column: a total column left blank everywhere). An
 * empty cell there is a blank value, not a missing column; empty cells left of them are the label's merged columns.
 *
 * <p>A row whose values do not fit those columns — a value left of them, or a row that stops short (a converter
 * dropped a cell) — cannot be placed with certainty; {@link #placements} lists where its values could stand.
 */
final class GridColumns {

    private final int first;
    private final int last;

    private GridColumns(int first, int last) {
        this.first = first;
        this.last = last;
    }

    /**
     * The value columns of a grid table from its rows' values, or null when the rows are not grid cells or print no
     * value at all.
     *
     * @param header the table's lines, searched for a header cell naming the total column ({@code totalWords})
     */
    static GridColumns learn(Collection<List<Token>> rows, int width, List<Line> header, String... totalWords) {
        int last = -1;
        int extent = -1;
        for (List<Token> row : rows) {
            for (Token token : row) {
                if (!token.inGrid()) {
                    return null;
                }
                extent = Math.max(extent, token.cell());
                if (token.kind() == Token.Kind.NUMBER || token.kind() == Token.Kind.BLANK) {
                    last = Math.max(last, token.cell());
                }
            }
        }
        if (last < 0) {
            return null;
        }
        // the header counts only where the rows have cells: a header with more columns than its rows is misaligned
        int named = totalColumn(header, totalWords);
        int total = named > last && named <= extent ? named : last;
        int first = total - width + 1;
        if (first <= lastLabelColumn(header)) {
            // the rows have fewer columns than the table has values: a converter dropped empty cells, so no value's
            // column is known
            return new GridColumns(total + 1, total);
        }
        return new GridColumns(first, total);
    }

    /** The last grid column holding a label in a row that also holds values. */
    private static int lastLabelColumn(List<Line> lines) {
        int last = -1;
        for (Line line : lines) {
            if (line.grid() && line.tokens().stream().anyMatch(t -> t.kind() == Token.Kind.NUMBER)) {
                for (Token token : line.tokens()) {
                    if (token.kind() == Token.Kind.TEXT) {
                        last = Math.max(last, token.cell());
                    }
                }
            }
        }
        return last;
    }

    /** The grid column of a header cell reading exactly one of the words, or -1. */
    private static int totalColumn(List<Line> lines, String... words) {
        int found = -1;
        for (Line line : lines) {
            if (!line.grid() || line.tokens().stream().anyMatch(t -> t.kind() == Token.Kind.NUMBER)) {
                continue;
            }
            for (Token token : line.tokens()) {
                String compact = TextNormalizer.compact(token.text());
                if (token.kind() == Token.Kind.TEXT && Arrays.asList(words).contains(compact)) {
                    found = Math.max(found, token.cell());
                }
            }
        }
        return found;
    }

    /** The row's cells in the value columns (empty ones blank), or null when its values do not fit them. */
    List<Token> place(List<Token> row) {
        if (first > last) {
            return null;
        }
        Token[] cells = new Token[last - first + 1];
        int extent = -1;
        for (Token token : row) {
            extent = Math.max(extent, token.cell());
            boolean value = token.kind() != Token.Kind.EMPTY;
            if (token.cell() < first || token.cell() > last) {
                if (value) {
                    return null;
                }
                continue;
            }
            int slot = token.cell() - first;
            if (cells[slot] != null && cells[slot].kind() != Token.Kind.EMPTY) {
                return null;
            }
            cells[slot] = token;
        }
        if (extent < last) {
            return null; // the row stops short of the total column: a cell went missing
        }
        List<Token> placed = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            placed.add(cells[i] == null ? Token.EMPTY.inCell(first + i) : cells[i]);
        }
        return placed;
    }

    /**
     * The ways the row's printed values (in order) could stand in {@code width} columns, blanks elsewhere: one
     * candidate per placement, as counts ({@link TableIdentities#UNKNOWN} for a blank). Empty when the row prints
     * more values than there are columns.
     */
    static List<long[]> placements(List<Token> row, int width) {
        return placements(CellReading.counts(row.stream().filter(t -> t.kind() != Token.Kind.EMPTY).toList()), width);
    }

    /** The ways these values (in order) could stand in {@code width} columns, blanks elsewhere. */
    static List<long[]> placements(long[] printed, int width) {
        List<long[]> placements = new ArrayList<>();
        if (printed.length > width) {
            return placements;
        }
        place(printed, 0, 0, new long[width], placements);
        return placements;
    }

    private static void place(long[] printed, int next, int slot, long[] current, List<long[]> out) {
        if (next == printed.length) {
            long[] done = current.clone();
            Arrays.fill(done, slot, done.length, TableIdentities.UNKNOWN);
            out.add(done);
            return;
        }
        for (int at = slot; at <= current.length - (printed.length - next); at++) {
            Arrays.fill(current, slot, at, TableIdentities.UNKNOWN);
            current[at] = printed[next];
            place(printed, next + 1, at + 1, current, out);
        }
    }
}
