package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.SourceRows;
import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.Token;

/**
 * Where the table readers read each row of 表二, 表三 and 表四: the line of the document the row's values stand on. A
 * place is a row's, not a cell's: every cell of the row points at that line. A row whose values were gathered from
 * several lines (one number per line, as pdftotext prints some tables) points at the line of its label, or at the
 * line of its first value when no label is printed above it. A row the readers made up (blank rows of an unprinted
 * table) has no place.
 */
public final class RowPlaces {

    /** Longer line texts are cut in an excerpt: the row's label and figures come first. */
    static final int EXCERPT_CHARS = 120;

    /** How far above its first value a row's label is looked for, in lines. */
    private static final int LABEL_LOOKBACK = 30;

    private final Map<String, Line> rows = new HashMap<>();
    /** Where in its row's excerpt each cell's value stands (offset, length), where that is certain. */
    private final Map<String, SourceRows.Mark> cells = new HashMap<>();

    /**
     * Records the rows of the copy a reader kept: each row by the lines its tokens came from.
     *
     * @param rowPath the contract path of a row ({@code requests.new_received})
     * @param label   the row's label, to find its line when its values stand on several lines
     */
    <R> void record(Map<R, List<Token>> copy, List<Line> region, Function<R, String> rowPath,
                    Function<R, RowLabel<R>> label) {
        record(copy, region, rowPath, label, null, 0);
    }

    /**
     * Records the rows like {@link #record(Map, List, Function, Function)}, and where each value stands in its line
     * when a row printed all its {@code width} values on one line, the i-th of them being cell {@code cellPath(row, i)}.
     */
    <R> void record(Map<R, List<Token>> copy, List<Line> region, Function<R, String> rowPath,
                    Function<R, RowLabel<R>> label, BiFunction<R, Integer, String> cellPath, int width) {
        Map<Token, Line> lineOf = new IdentityHashMap<>();
        for (Line line : region) {
            line.tokens().forEach(token -> lineOf.put(token, line));
        }
        copy.forEach((row, tokens) -> {
            List<Line> lines = new ArrayList<>();
            for (Token token : tokens) {
                Line line = token == null ? null : lineOf.get(token);
                if (line != null && !lines.contains(line)) {
                    lines.add(line);
                }
            }
            if (lines.size() == 1) {
                rows.put(rowPath.apply(row), lines.getFirst());
                if (cellPath != null && tokens.size() == width && tokens.stream().allMatch(Objects::nonNull)) {
                    markCells(tokens, lines.getFirst(), i -> cellPath.apply(row, i));
                }
            } else if (!lines.isEmpty()) {
                rows.put(rowPath.apply(row), labelLine(region, lines.getFirst(), label.apply(row)));
            }
        });
    }

    /**
     * Where each of a row's values stands in its line's excerpt: the line's values found in order in its folded text,
     * each a whole word there (not the 1 of a label's 1.); nothing when one of them is not found as printed.
     */
    private void markCells(List<Token> values, Line line, IntFunction<String> cellPath) {
        String folded = fold(line.text());
        Map<Token, SourceRows.Mark> at = new IdentityHashMap<>();
        int cursor = 0;
        for (Token token : line.tokens()) {
            if (token.kind() != Token.Kind.NUMBER) {
                continue;
            }
            int found = word(folded, token.text(), cursor);
            if (found < 0) {
                return;
            }
            at.put(token, new SourceRows.Mark(found, token.text().length()));
            cursor = found + token.text().length();
        }
        // values put in order by the readers (printed out of order) are not marked: the i-th printed is not cell i
        int previous = -1;
        for (Token value : values) {
            SourceRows.Mark mark = at.get(value);
            if (mark == null || mark.offset() <= previous) {
                return;
            }
            previous = mark.offset();
        }
        for (int i = 0; i < values.size(); i++) {
            SourceRows.Mark mark = at.get(values.get(i));
            if (mark.offset() + mark.length() < EXCERPT_CHARS) {
                cells.put(cellPath.apply(i), mark);
            }
        }
    }

    /** The first place from {@code from} where {@code word} stands between spaces (or the ends), or -1. */
    private static int word(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean starts = at == 0 || text.charAt(at - 1) == ' ';
            int end = at + word.length();
            if (starts && (end == text.length() || text.charAt(end) == ' ')) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Records a table found but not read (its numbers fit no row) by its first line, the heading, so that its
     * TABLE_MISSING says where to look.
     */
    void recordTable(String table, List<Line> region) {
        if (!region.isEmpty()) {
            rows.put(table, region.getFirst());
        }
    }

    /** Records every row in {@code rowPaths} as read from one line. */
    void record(List<String> rowPaths, Line line) {
        rowPaths.forEach(path -> rows.put(path, line));
    }

    /** The line of the row's label at or above its first value, or the first value's line. */
    private static <R> Line labelLine(List<Line> region, Line firstValue, RowLabel<R> label) {
        int at = region.indexOf(firstValue);
        for (int i = at; label != null && i >= 0 && i >= at - LABEL_LOOKBACK; i--) {
            if (label.matches(region.get(i).compact())) {
                return region.get(i);
            }
        }
        return firstValue;
    }

    /**
     * Each row's place: its line's page, number and text, and where in that text each of its cells' values stands —
     * only where the text there is the value the report holds for the cell, so that a mark is never on another cell.
     */
    public SourceRows rows(AnnualReport report) {
        Map<String, SourceRows.Place> places = new HashMap<>();
        rows.forEach((row, line) -> {
            String excerpt = excerpt(line.text());
            Map<String, SourceRows.Mark> marks = new HashMap<>();
            cells.forEach((cell, mark) -> {
                int lastDot = cell.lastIndexOf('.');
                if (excerpt != null && cell.substring(0, lastDot).equals(row) && holds(report, cell,
                        excerpt.substring(mark.offset(), mark.offset() + mark.length()))) {
                    marks.put(cell.substring(lastDot + 1), mark);
                }
            });
            places.put(row, new SourceRows.Place(line.page(), line.number() == 0 ? null : line.number(), excerpt,
                    marks));
        });
        return new SourceRows(places);
    }

    /** Whether the report holds this whole number in the cell. */
    private static boolean holds(AnnualReport report, String cell, String printed) {
        Number value = CellPath.parse(cell).map(path -> path.valueIn(report)).orElse(null);
        return value instanceof Integer number && printed.equals(number.toString());
    }

    /** The line's text with its layout spaces folded, cut to {@link #EXCERPT_CHARS}; null for a line of empty cells. */
    static String excerpt(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? null : folded.length() <= EXCERPT_CHARS ? folded : folded.substring(0, EXCERPT_CHARS - 1) + "…";
    }

    /** The text with its layout spaces folded: what an excerpt shows. */
    private static String fold(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
