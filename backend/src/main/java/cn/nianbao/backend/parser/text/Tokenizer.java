package cn.nianbao.backend.parser.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts printed text into label text and cell values. Numbers are whole whitespace-separated words ({@code 21},
 * {@code 7730.28}, {@code 3,119}); digits glued to the end of a label ({@code …申请数量801000081}) are split off as
 * one number token for the glued-digit decoder. Page numbers such as {@code -3-} are dropped.
 */
public final class Tokenizer {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?|\\d{1,3}(,\\d{3})+");
    private static final Pattern BLANK_MARK = Pattern.compile("[/\\-—–－─]+|\\\\");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("(.*[^\\d.,:;@#%A-Za-z\\-_/+])(\\d+(\\.\\d+)?)");
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("[-—–－]\\s*\\d{1,3}\\s*[-—–－]|第\\s*\\d{1,3}\\s*页(\\s*[,，]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3}");

    private Tokenizer() {
    }

    /** Tokens of one printed line; an empty list for a blank line or a page number. */
    public static List<Token> tokenize(String rawLine) {
        return tokenize(rawLine, true);
    }

    /** @param splitGlued whether digits glued to the end of a word are a number of their own */
    private static List<Token> tokenize(String rawLine, boolean splitGlued) {
        String line = TextNormalizer.halfWidth(rawLine);
        List<Token> tokens = new ArrayList<>();
        if (line.isBlank() || PAGE_NUMBER.matcher(line.strip()).matches()) {
            return tokens;
        }
        StringBuilder text = new StringBuilder();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean space = i == line.length() || Character.isWhitespace(line.charAt(i));
            if (space && start >= 0) {
                word(line.substring(start, i), start, splitGlued, text, tokens);
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        flush(text, tokens);
        return tokens;
    }

    /** One whitespace-separated word starting at character column {@code start}. */
    private static void word(String word, int start, boolean splitGlued, StringBuilder text, List<Token> tokens) {
        int middle = start + word.length() / 2;
        if (NUMBER.matcher(word).matches()) {
            flush(text, tokens);
            tokens.add(Token.number(word.replace(",", ""), middle));
        } else if (BLANK_MARK.matcher(word).matches()) {
            flush(text, tokens);
            tokens.add(Token.blank(middle));
        } else if (word.equals(Token.ILLEGIBLE)) {
            flush(text, tokens);
            tokens.add(new Token(Token.Kind.BLANK, Token.ILLEGIBLE, middle));
        } else {
            var glued = TRAILING_DIGITS.matcher(word);
            if (splitGlued && Character.isDigit(word.charAt(word.length() - 1)) && glued.matches()) {
                text.append(glued.group(1));
                flush(text, tokens);
                tokens.add(Token.number(glued.group(2), Token.NO_COLUMN));
            } else {
                text.append(word);
            }
        }
    }

    /**
     * Tokens of one cell of a real table: an empty cell is {@link Token#EMPTY}. Digits glued to a word stay part of
     * it ({@code 数据1} is a header, not a value): in a real table every value has a cell of its own.
     */
    public static List<Token> tokenizeCell(String cell) {
        if (TextNormalizer.isBlank(cell)) {
            return List.of(Token.EMPTY);
        }
        List<Token> tokens = withoutColumns(tokenize(cell.replace('\n', ' '), false));
        return tokens.isEmpty() ? List.of(Token.EMPTY) : tokens;
    }

    /** Cells of real tables have no layout columns (their position is the cell itself). */
    private static List<Token> withoutColumns(List<Token> tokens) {
        return tokens.stream().map(t -> t.hasColumn() ? new Token(t.kind(), t.text(), Token.NO_COLUMN) : t).toList();
    }

    private static void flush(StringBuilder text, List<Token> tokens) {
        if (!text.isEmpty()) {
            tokens.add(Token.text(text.toString()));
            text.setLength(0);
        }
    }
}
