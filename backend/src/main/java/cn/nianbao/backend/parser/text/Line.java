package cn.nianbao.backend.parser.text;

import java.util.List;

/**
 * One line of the document in reading order: its text as printed (a table row's cells joined by spaces) and its
 * tokens. A line with no tokens is an empty line, which separates blocks in text exported from PDFs. The compact and
 * squeezed forms of the text are computed once, since several readers scan every line. It knows where it stands, so
 * that a finding can point into the source: its 1-based number among the lines the parser read ({@link #number()}, 0
 * until the document's lines are numbered) and the page it was printed on (PDF text and scans; null elsewhere).
 */
public final class Line {

    private final String text;
    private final List<Token> tokens;
    private final boolean grid;
    private final int number;
    private final Integer page;
    private String compact;
    private String squeezed;

    public Line(String text, List<Token> tokens) {
        this(text, tokens, false);
    }

    /** @param grid whether the line is a row of a real table, its tokens standing in the grid's cells */
    public Line(String text, List<Token> tokens, boolean grid) {
        this(text, List.copyOf(tokens), grid, 0, null);
    }

    private Line(String text, List<Token> tokens, boolean grid, int number, Integer page) {
        this.text = text;
        this.tokens = tokens;
        this.grid = grid;
        this.number = number;
        this.page = page;
    }

    /** The same line printed on page {@code page} (1-based); its tokens are the same objects. */
    public Line onPage(int page) {
        return new Line(text, tokens, grid, number, page);
    }

    /** The same line as line {@code number} (1-based) of the document's lines; its tokens are the same objects. */
    public Line numbered(int number) {
        return new Line(text, tokens, grid, number, page);
    }

    /** The 1-based number of the line among the document's lines, 0 when not numbered. */
    public int number() {
        return number;
    }

    /** The 1-based page the line was printed on, null when the form has no pages (HTML, DOCX, plain text). */
    public Integer page() {
        return page;
    }

    /** A row of a real table (HTML, DOCX, markdown, a scan's ruled table): its values are read by grid position. */
    public boolean grid() {
        return grid;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The text in label-comparison form ({@link TextNormalizer#compact}). */
    public String compact() {
        if (compact == null) {
            compact = TextNormalizer.compact(text);
        }
        return compact;
    }

    /** The text half-width without whitespace ({@link TextNormalizer#squeeze}). */
    public String squeezed() {
        if (squeezed == null) {
            squeezed = TextNormalizer.squeeze(text);
        }
        return squeezed;
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** A line holding exactly one cell value and nothing else, as pdftotext prints table cells. */
    public boolean isSingleValue() {
        return tokens.size() == 1 && tokens.getFirst().kind().isValue();
    }

    @Override
    public String toString() {
        return text;
    }
}
