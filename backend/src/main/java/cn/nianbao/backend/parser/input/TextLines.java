package cn.nianbao.backend.parser.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.Tokenizer;

/**
 * Turns plain text into lines. Three conventions share this path: pdftotext output (plain or {@code -layout}),
 * Word exports with one table cell per tab-indented line, and markdown pipe tables.
 */
public final class TextLines {

    private static final Pattern MARKDOWN_RULE = Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?");

    /** Tab-indented cells in a document before it is taken for a Word export. */
    private static final int WORD_EXPORT_MIN_CELLS = 10;

    private TextLines() {
    }

    public static List<Line> of(String text) {
        String[] raw = text.split("\r\n|\r|\n|\f", -1);
        boolean wordCells = isWordExport(raw);
        List<Line> lines = new ArrayList<>(raw.length);
        for (String line : raw) {
            lines.add(line(line, wordCells));
        }
        return lines;
    }

    /** A single line outside any document (an HTML text block, a DOCX paragraph). */
    static Line line(String raw) {
        return line(raw, false);
    }

    /**
     * A Word export prints many table cells as tab-indented lines; only then is a line holding just a tab an empty
     * cell. Elsewhere (PDF text) a leading tab is whitespace and a whitespace-only line is an empty line.
     */
    private static boolean isWordExport(String[] raw) {
        int cells = 0;
        int nonEmpty = 0;
        for (String line : raw) {
            if (!line.isBlank()) {
                nonEmpty++;
                if (line.startsWith("\t")) {
                    cells++;
                }
            }
        }
        return cells >= WORD_EXPORT_MIN_CELLS && cells * 10 >= nonEmpty;
    }

    private static Line line(String raw, boolean wordCells) {
        String stripped = raw.strip();
        if (wordCells && raw.startsWith("\t")) {
            // Word export: the line is one table cell; an empty cell is a blank value.
            return new Line(stripped, Tokenizer.tokenizeCell(raw.substring(1)));
        }
        if (stripped.startsWith("|") && stripped.length() > 1) {
            return markdownRow(stripped);
        }
        return new Line(stripped, Tokenizer.tokenize(raw));
    }

    private static Line markdownRow(String row) {
        if (MARKDOWN_RULE.matcher(row).matches()) {
            return new Line("", List.of());
        }
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<String> cells = List.of(inner.split("\\|", -1));
        return GridRows.toLine(cells.stream().map(GridRows.Cell::of).toList());
    }
}
