package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import cn.nianbao.backend.parser.text.Token;

/**
 * Places the values of a laid-out row that prints fewer cells than the table has: PDF and {@code -layout} text print
 * nothing for a blank cell. The columns of the rows that print every cell give each table column's position; a short
 * row's values go to the nearest column, and the columns left over are blank. A value far from every column, or two
 * values in one column, means the row cannot be placed.
 */
final class ColumnPlacement {

    /** Rows printing every cell needed before their positions are trusted. */
    private static final int MIN_FULL_ROWS = 3;

    private final int[] anchors;
    private final int tolerance;

    private ColumnPlacement(int[] anchors) {
        this.anchors = anchors;
        int gap = Integer.MAX_VALUE;
        for (int i = 1; i < anchors.length; i++) {
            gap = Math.min(gap, anchors[i] - anchors[i - 1]);
        }
        this.tolerance = gap / 2;
    }

    /** The column positions learnt from the rows that print all {@code width} cells, or null when they are unclear. */
    static ColumnPlacement learn(Collection<List<Token>> rows, int width) {
        List<int[]> full = new ArrayList<>();
        for (List<Token> row : rows) {
            if (row.size() == width && row.stream().allMatch(t -> t != null && t.hasColumn())) {
                full.add(row.stream().mapToInt(Token::column).toArray());
            }
        }
        if (full.size() < MIN_FULL_ROWS) {
            return null;
        }
        int[] anchors = new int[width];
        for (int c = 0; c < width; c++) {
            int[] positions = new int[full.size()];
            for (int r = 0; r < full.size(); r++) {
                positions[r] = full.get(r)[c];
            }
            Arrays.sort(positions);
            anchors[c] = positions[positions.length / 2];
            if (c > 0 && anchors[c] - anchors[c - 1] < 2) {
                return null;
            }
        }
        return new ColumnPlacement(anchors);
    }

    /** The row with its values in their columns and blanks elsewhere, or null when it cannot be placed. */
    List<Token> place(List<Token> values) {
        if (values.isEmpty() || values.size() >= anchors.length
                || !values.stream().allMatch(t -> t != null && t.hasColumn() && t.kind() != Token.Kind.TEXT)) {
            return null;
        }
        Token[] cells = new Token[anchors.length];
        int previous = -1;
        for (Token value : values) {
            int nearest = 0;
            for (int c = 1; c < anchors.length; c++) {
                if (Math.abs(anchors[c] - value.column()) < Math.abs(anchors[nearest] - value.column())) {
                    nearest = c;
                }
            }
            if (Math.abs(anchors[nearest] - value.column()) > tolerance || nearest <= previous) {
                return null;
            }
            cells[nearest] = value;
            previous = nearest;
        }
        List<Token> placed = new ArrayList<>(anchors.length);
        for (Token cell : cells) {
            placed.add(cell == null ? Token.blank(Token.NO_COLUMN) : cell);
        }
        return placed;
    }
}
