package cn.nianbao.backend.parser.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.Token;

/** What the parser made of one printed cell: a number, a printed blank, or a cell it cannot be sure about. */
record CellReading(BigDecimal value, State state) {

    enum State { PRINTED, BLANK, AMBIGUOUS, UNREADABLE }

    static final CellReading BLANK = new CellReading(null, State.BLANK);
    static final CellReading AMBIGUOUS = new CellReading(null, State.AMBIGUOUS);
    static final CellReading UNREADABLE = new CellReading(null, State.UNREADABLE);

    static CellReading printed(long value) {
        return new CellReading(BigDecimal.valueOf(value), State.PRINTED);
    }

    /** A token as a cell; a decimal where a count belongs, or a count too large for the contract, is unreadable. */
    static CellReading of(Token token, boolean decimalAllowed) {
        if (token == null) {
            return AMBIGUOUS;
        }
        return switch (token.kind()) {
            case BLANK, EMPTY -> BLANK;
            case TEXT -> UNREADABLE;
            case NUMBER -> {
                BigDecimal value = new BigDecimal(token.text());
                boolean fits = decimalAllowed || (value.scale() <= 0 && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0);
                yield fits ? new CellReading(value, State.PRINTED) : UNREADABLE;
            }
        };
    }

    static List<CellReading> repeat(CellReading cell, int count) {
        List<CellReading> cells = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cells.add(cell);
        }
        return cells;
    }

    /** Cells on which every candidate cut agrees are read; the others are ambiguous. */
    static List<CellReading> agreeing(List<long[]> candidates, int from, int count) {
        List<CellReading> cells = new ArrayList<>(count);
        for (int c = from; c < from + count; c++) {
            long first = candidates.getFirst()[c];
            boolean same = true;
            for (long[] candidate : candidates) {
                same &= candidate[c] == first;
            }
            cells.add(same ? printed(first) : AMBIGUOUS);
        }
        return cells;
    }

    /** Text whose table rows print their numbers apart (PDF, -layout), as opposed to crawler text that glues them. */
    static boolean laidOut(List<Line> region) {
        for (Line line : region) {
            int numbers = 0;
            for (Token token : line.tokens()) {
                if (token.kind() == Token.Kind.NUMBER && token.hasColumn() && ++numbers == 2) {
                    return true;
                }
            }
        }
        return false;
    }

    Integer asInteger() {
        return value == null ? null : value.intValueExact();
    }

    /**
     * A single run of glued digits standing for a whole row of {@code width} cells. In laid-out text (where rows print
     * their numbers apart) a lone number standing on its own is one cell, not glued digits; digits glued to a label
     * are glued anywhere.
     */
    static String gluedDigits(List<Token> tokens, int width, boolean laidOut) {
        if (width > 1 && tokens.size() == 1 && tokens.getFirst() != null
                && tokens.getFirst().kind() == Token.Kind.NUMBER && !(laidOut && tokens.getFirst().hasColumn())) {
            String text = tokens.getFirst().text();
            if (text.chars().allMatch(Character::isDigit) && text.length() >= width) {
                return text;
            }
        }
        return null;
    }
}
