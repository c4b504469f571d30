package cn.nianbao.backend.parser.text;

/**
 * One piece of a table line: label text, a number as printed, an explicit blank mark ({@code /}, {@code -},
 * {@code —}) or an empty cell of a real table (Word, HTML, markdown).
 *
 * @param column where the piece sits on a laid-out line (the character column of its middle, in {@code -layout}
 *               text and in the PDF text this parser lays out), or {@link #NO_COLUMN} when the form has no layout
 * @param cell     the column of the grid the piece stands in, for a cell of a real table (HTML, DOCX, markdown, a
 *                 scanned table's ruled cells), or {@link #NO_COLUMN}
 * @param disputed a value the OCR readings of its cell did not all agree on: only the identities can confirm it
 */
public record Token(Kind kind, String text, int column, int cell, boolean disputed) {

    public static final int NO_COLUMN = -1;

    public Token(Kind kind, String text, int column) {
        this(kind, text, column, NO_COLUMN, false);
    }

    public Token(Kind kind, String text, int column, int cell) {
        this(kind, text, column, cell, false);
    }

    public enum Kind {
        TEXT, NUMBER, BLANK, EMPTY;

        /** A cell value: a number or either kind of blank. */
        public boolean isValue() {
            return this != TEXT;
        }
    }

    public static Token text(String text) {
        return new Token(Kind.TEXT, text, NO_COLUMN);
    }

    public static Token number(String digits, int column) {
        return new Token(Kind.NUMBER, digits, column);
    }

    public static Token blank(int column) {
        return new Token(Kind.BLANK, "/", column);
    }

    /** The mark of a cell OCR could not read with certainty: it stands where a value is, but gives none. */
    public static final String ILLEGIBLE = "?";

    public boolean illegible() {
        return kind == Kind.BLANK && text.equals(ILLEGIBLE);
    }

    public static final Token EMPTY = new Token(Kind.EMPTY, "", NO_COLUMN);

    public boolean hasColumn() {
        return column != NO_COLUMN;
    }

    /** The same piece standing in column {@code cell} of a real table's grid. */
    public Token inCell(int cell) {
        return new Token(kind, text, NO_COLUMN, cell, disputed);
    }

    /** The same value, marked as one the OCR readings disagreed on. */
    public Token asDisputed() {
        return new Token(kind, text, column, cell, true);
    }

    public boolean inGrid() {
        return cell != NO_COLUMN;
    }
}
