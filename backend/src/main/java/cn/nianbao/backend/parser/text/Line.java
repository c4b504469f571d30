package cn.nianbao.backend.parser.text;

import java.util.List;

/**
 * One line of the document in reading order: its text as printed (a table row's cells joined by spaces) and its
 * tokens. A line with no tokens is an empty line, which separates blocks in text exported from PDFs.
 */
public record Line(String text, List<Token> tokens) {

    public Line {
        tokens = List.copyOf(tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    public boolean hasText() {
        return tokens.stream().anyMatch(t -> t.kind() == Token.Kind.TEXT);
    }

    /** A line holding exactly one cell value and nothing else, as pdftotext prints table cells. */
    public boolean isSingleValue() {
        return tokens.size() == 1 && tokens.getFirst().kind().isValue();
    }
}
