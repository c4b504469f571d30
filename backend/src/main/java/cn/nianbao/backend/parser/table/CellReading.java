package cn.nianbao.backend.parser.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.Token;

/**
 * What the parser made of one printed cell: a number, a printed blank, or a cell it cannot be sure about — for an
 * ambiguous cell, the values its possible readings give it (empty when they are too many to name).
 */
record CellReading(BigDecimal value, State state, List<Long> candidates) {

    enum State { PRINTED, BLANK, AMBIGUOUS, UNREADABLE }

    static final CellReading BLANK = new CellReading(null, State.BLANK, List.of());
    static final CellReading AMBIGUOUS = new CellReading(null, State.AMBIGUOUS, List.of());
    static final CellReading UNREADABLE = new CellReading(null, State.UNREADABLE, List.of());

    CellReading(BigDecimal value, State state) {
        this(value, state, List.of());
    }

    static CellReading printed(long value) {
        return new CellReading(BigDecimal.valueOf(value), State.PRINTED);
    }

    static CellReading ambiguous(java.util.Collection<Long> candidates) {
        return new CellReading(null, State.AMBIGUOUS, candidates.stream()
                .filter(v -> v != TableIdentities.UNKNOWN).sorted().toList());
    }

    /** The cells of a solved part: the decided values, or ambiguous with their candidates. */
    static List<CellReading> solved(ReadingSolver.Solution solution, int[] cells) {
        List<CellReading> readings = new ArrayList<>(cells.length);
        for (int cell : cells) {
            java.util.Set<Long> candidates = solution.ambiguous().get(cell);
            long value = solution.values()[cell];
            readings.add(candidates != null ? ambiguous(candidates)
                    : value == TableIdentities.UNKNOWN ? BLANK : printed(value));
        }
        return readings;
    }

    /** The count for the identities: {@link TableIdentities#UNKNOWN} unless a whole number was read. */
    long asLong() {
        return value == null || value.stripTrailingZeros().scale() > 0 ? TableIdentities.UNKNOWN : value.longValue();
    }

    /** Tokens as counts for the identities ({@link TableIdentities#UNKNOWN} for anything but a whole number). */
    static long[] counts(List<Token> tokens) {
        long[] counts = new long[tokens.size()];
        for (int i = 0; i < counts.length; i++) {
            Token token = tokens.get(i);
            boolean count = token != null && token.kind() == Token.Kind.NUMBER && token.text().length() <= 9
                    && token.text().chars().allMatch(Character::isDigit);
            counts[i] = count ? Long.parseLong(token.text()) : TableIdentities.UNKNOWN;
        }
        return counts;
    }

    /** A token as a cell; a decimal where a count belongs, or a count too large for the contract, is unreadable. */
    static CellReading of(Token token, boolean decimalAllowed) {
        if (token == null) {
            return AMBIGUOUS;
        }
        return switch (token.kind()) {
            case BLANK -> token.illegible() ? UNREADABLE : BLANK;
            case EMPTY -> BLANK;
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

    /** Cells on which every candidate agrees are read; the others are ambiguous, naming the values they could be. */
    static List<CellReading> agreeing(List<long[]> candidates, int count) {
        List<CellReading> cells = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            java.util.Set<Long> values = new java.util.TreeSet<>();
            for (long[] candidate : candidates) {
                values.add(candidate[c]);
            }
            cells.add(values.size() == 1 ? printed(values.iterator().next()) : ambiguous(values));
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
