package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /**
     * Records the rows of the copy a reader kept: each row by the lines its tokens came from.
     *
     * @param rowPath the contract path of a row ({@code requests.new_received})
     * @param label   the row's label, to find its line when its values stand on several lines
     */
    <R> void record(Map<R, List<Token>> copy, List<Line> region, Function<R, String> rowPath,
                    Function<R, RowLabel<R>> label) {
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
            } else if (!lines.isEmpty()) {
                rows.put(rowPath.apply(row), labelLine(region, lines.getFirst(), label.apply(row)));
            }
        });
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

    /** Each row's place: its line's page, number and text. */
    public SourceRows rows() {
        Map<String, SourceRows.Place> places = new HashMap<>();
        rows.forEach((row, line) -> places.put(row, new SourceRows.Place(line.page(),
                line.number() == 0 ? null : line.number(), excerpt(line.text()))));
        return new SourceRows(places);
    }

    /** The line's text with its layout spaces folded, cut to {@link #EXCERPT_CHARS}; null for a line of empty cells. */
    static String excerpt(String text) {
        String folded = text.strip().replaceAll("\\s+", " ");
        return folded.isEmpty() ? null : folded.length() <= EXCERPT_CHARS ? folded : folded.substring(0, EXCERPT_CHARS - 1) + "…";
    }
}
