package cn.nianbao.backend.parser.text;

/**
 * One piece of a table line: label text, a number as printed, an explicit blank mark ({@code /}, {@code -},
 * {@code —}) or an empty cell of a real table (Word, HTML, markdown).
 */
public record Token(Kind kind, String text) {

    public enum Kind {
        TEXT, NUMBER, BLANK, EMPTY;

        /** A cell value: a number or either kind of blank. */
        public boolean isValue() {
            return this != TEXT;
        }
    }

    public static Token text(String text) {
        return new Token(Kind.TEXT, text);
    }

    public static Token number(String digits) {
        return new Token(Kind.NUMBER, digits);
    }

    public static final Token BLANK = new Token(Kind.BLANK, "/");
    public static final Token EMPTY = new Token(Kind.EMPTY, "");
}
