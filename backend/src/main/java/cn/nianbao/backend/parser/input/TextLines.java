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

    /** Longer lines are cut: no reader needs more of a line, and every reader's work on a line grows with it. */
    static final int MAX_LINE = 100_000;

    /**
     * The lines of the text. A form feed is a page break (pdftotext and the PDF extractor end every page with one):
     * text holding one gives each line its page; other text has no pages.
     */
    public static List<Line> of(String text) {
        List<String> rawLines = new ArrayList<>();
        List<Integer> pageOf = new ArrayList<>();
        String[] pages = text.split("\f", -1);
        for (int p = 0; p < pages.length; p++) {
            for (String line : bounded(pages[p].split("\r\n|\r|\n", -1))) {
                rawLines.add(line);
                pageOf.add(pages.length > 1 ? p + 1 : null);
            }
        }
        String[] raw = rawLines.toArray(String[]::new);
        boolean wordCells = isWordExport(raw);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            int first = lines.size();
            if (isMarkdownRow(raw[i])) {
                i = markdownTable(raw, i, lines) - 1;
            } else {
                lines.add(line(raw[i], wordCells));
            }
            Integer page = pageOf.get(i);
            for (int l = first; page != null && l < lines.size(); l++) {
                lines.set(l, lines.get(l).onPage(page));
            }
        }
        return lines;
    }

    private static List<String> bounded(String[] lines) {
        List<String> bounded = new ArrayList<>(lines.length);
        for (String line : lines) {
            for (int from = 0; from < line.length() || from == 0; from += MAX_LINE) {
                bounded.add(line.substring(from, Math.min(line.length(), from + MAX_LINE)));
            }
        }
        return bounded;
    }

    private static boolean isMarkdownRow(String raw) {
        String stripped = raw.strip();
        return stripped.startsWith("|") && stripped.length() > 1;
    }

    /** The markdown table starting at line {@code start}, as rows; returns the first line after it. */
    private static int markdownTable(String[] raw, int start, List<Line> lines) {
        int end = start;
        List<List<GridRows.Cell>> rows = new ArrayList<>();
        while (end < raw.length && isMarkdownRow(raw[end])) {
            String row = raw[end].strip();
            if (!MARKDOWN_RULE.matcher(row).matches()) {
                String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
                rows.add(List.of(inner.split("\\|", -1)).stream().map(GridRows.Cell::of).toList());
            }
            end++;
        }
        if (GridRows.isPlaceholder(rows)) {
            for (int i = start; i < end; i++) {
                lines.add(new Line("", List.of()));
            }
            return end;
        }
        for (List<GridRows.Cell> row : rows) {
            lines.add(GridRows.toLine(row));
        }
        for (int i = rows.size(); i < end - start; i++) {
            lines.add(new Line("", List.of())); // rule rows
        }
        return end;
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
        return new Line(stripped, Tokenizer.tokenize(raw));
    }
}
