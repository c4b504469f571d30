package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.contract.identity.CellValues;
import cn.nianbao.backend.contract.identity.Identity;
import cn.nianbao.backend.contract.identity.IdentityCatalogue;

/**
 * The catalogue's identities within one report ({@link IdentityCatalogue#withinOneReport()}), compiled for the
 * readers' search loops: every cell of 表三 and 表四 gets a number, and each identity becomes two arrays of cell
 * numbers. Nothing here states an identity; it only indexes the catalogue's.
 *
 * <p>Values are {@code long}s with {@link #UNKNOWN} for a cell that is blank or not read (yet); an identity with an
 * unknown cell is incomplete, and decides nothing.
 */
final class TableIdentities {

    /** A cell without a count: printed blank, absent, or not decided yet. */
    static final long UNKNOWN = Long.MIN_VALUE;

    private static final int REQUEST_COLUMNS = ApplicantColumn.values().length;
    private static final int REVIEW_OUTCOMES = ReviewOutcome.values().length;
    private static final int REVIEW_START = RequestRow.values().length * REQUEST_COLUMNS;
    /** Cells of 表三 and 表四 together. */
    static final int CELLS = REVIEW_START + ReviewRow.values().length * REVIEW_OUTCOMES;

    /** One identity as cell numbers: the left cells add up to the right cells. */
    record Compiled(Identity identity, int[] left, int[] right) {

        enum State { HOLDS, BROKEN, INCOMPLETE }

        State check(long[] values) {
            long leftSum = sum(left, values);
            long rightSum = sum(right, values);
            if (leftSum == UNKNOWN || rightSum == UNKNOWN) {
                return State.INCOMPLETE;
            }
            return leftSum == rightSum ? State.HOLDS : State.BROKEN;
        }

        /**
         * What the identity implies for counts, which are never negative: no cell is larger than the sum of the
         * other side. A report that breaks the identity usually still keeps these bounds (a total of 15 next to
         * parts adding up to 19), while a wrong cut of glued digits rarely does (a part of 40 next to a total of 15).
         */
        boolean boundsHold(long[] values) {
            long leftSum = sum(left, values);
            long rightSum = sum(right, values);
            if (leftSum == UNKNOWN || rightSum == UNKNOWN) {
                return true;
            }
            for (int cell : left) {
                if (values[cell] > rightSum) {
                    return false;
                }
            }
            for (int cell : right) {
                if (values[cell] > leftSum) {
                    return false;
                }
            }
            return true;
        }

        boolean reads(int cell) {
            return contains(left, cell) || contains(right, cell);
        }

        /** Every cell it reads. */
        int[] cells() {
            int[] all = Arrays.copyOf(left, left.length + right.length);
            System.arraycopy(right, 0, all, left.length, right.length);
            return all;
        }

        private static long sum(int[] cells, long[] values) {
            long sum = 0;
            for (int cell : cells) {
                long value = values[cell];
                if (value == UNKNOWN) {
                    return UNKNOWN;
                }
                sum += value;
            }
            return sum;
        }

        private static boolean contains(int[] cells, int cell) {
            for (int c : cells) {
                if (c == cell) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Compiled> ALL = compile();
    /** For each cell, the identities that read it. */
    private static final List<List<Compiled>> READING = byCell();

    private TableIdentities() {
    }

    static List<Compiled> all() {
        return ALL;
    }

    /** The identities that read this cell. */
    static List<Compiled> reading(int cell) {
        return READING.get(cell);
    }

    /** The identities that read any of these cells. */
    static List<Compiled> readingAny(int[] cells) {
        List<Compiled> found = new ArrayList<>();
        for (int cell : cells) {
            for (Compiled identity : READING.get(cell)) {
                if (!found.contains(identity)) {
                    found.add(identity);
                }
            }
        }
        return found;
    }

    /** The identities whose every cell is one of these (a glued row's own row sum, a 表四 run's group sums). */
    static List<Compiled> within(int[] cells) {
        List<Compiled> found = new ArrayList<>();
        for (Compiled identity : readingAny(cells)) {
            if (Arrays.stream(identity.cells()).allMatch(c -> Arrays.stream(cells).anyMatch(own -> own == c))) {
                found.add(identity);
            }
        }
        return found;
    }

    /**
     * Whether every identity within these cells holds when they take these values (in order); identities reaching
     * other cells are not considered.
     */
    static boolean allHold(int[] cells, long[] printed) {
        long[] values = unknown();
        for (int i = 0; i < cells.length; i++) {
            values[cells[i]] = printed[i];
        }
        for (Compiled identity : within(cells)) {
            if (identity.check(values) != Compiled.State.HOLDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * The catalogue's row sum of 表三 (six applicant columns = 总计) for this row, on these seven values.
     */
    static Compiled.State rowSum(RequestRow row, long[] printed) {
        int[] cells = requestRow(row);
        long[] values = unknown();
        for (int i = 0; i < cells.length && i < printed.length; i++) {
            values[cells[i]] = printed[i];
        }
        Compiled.State state = Compiled.State.INCOMPLETE;
        for (Compiled identity : within(cells)) {
            state = identity.check(values);
        }
        return state;
    }

    static int request(RequestRow row, int column) {
        return row.ordinal() * REQUEST_COLUMNS + column;
    }

    static int review(ReviewRow row, int outcome) {
        return REVIEW_START + row.ordinal() * REVIEW_OUTCOMES + outcome;
    }

    /** The cells of one 表三 row, in column order. */
    static int[] requestRow(RequestRow row) {
        int[] cells = new int[REQUEST_COLUMNS];
        for (int c = 0; c < REQUEST_COLUMNS; c++) {
            cells[c] = request(row, c);
        }
        return cells;
    }

    /** The cells of 表四's groups {@code from} (inclusive) to {@code to} (exclusive), in printed order. */
    static int[] reviewCells(int from, int to) {
        int[] cells = new int[(to - from) * REVIEW_OUTCOMES];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = REVIEW_START + from * REVIEW_OUTCOMES + i;
        }
        return cells;
    }

    static CellPath path(int cell) {
        if (cell < REVIEW_START) {
            return CellPath.request(RequestRow.values()[cell / REQUEST_COLUMNS],
                    ApplicantColumn.values()[cell % REQUEST_COLUMNS]);
        }
        int review = cell - REVIEW_START;
        return CellPath.review(ReviewRow.values()[review / REVIEW_OUTCOMES], ReviewOutcome.values()[review % REVIEW_OUTCOMES]);
    }

    static int index(CellPath path) {
        return switch (path) {
            case CellPath.Request request -> request(request.row(), request.column().ordinal());
            case CellPath.Review review -> review(review.row(), review.outcome().ordinal());
            case CellPath.Proactive proactive -> throw new IllegalArgumentException("表二没有表内勾稽关系：" + proactive);
        };
    }

    /** The values as the catalogue reads them. */
    static CellValues values(long[] values) {
        return cell -> {
            long value = values[index(cell)];
            return value == UNKNOWN ? null : value;
        };
    }

    static long[] unknown() {
        long[] values = new long[CELLS];
        Arrays.fill(values, UNKNOWN);
        return values;
    }

    private static List<Compiled> compile() {
        List<Compiled> compiled = new ArrayList<>();
        for (Identity identity : IdentityCatalogue.withinOneReport()) {
            compiled.add(new Compiled(identity, identity.left().stream().mapToInt(t -> index(t.cell())).toArray(),
                    identity.right().stream().mapToInt(t -> index(t.cell())).toArray()));
        }
        return List.copyOf(compiled);
    }

    private static List<List<Compiled>> byCell() {
        List<List<Compiled>> reading = new ArrayList<>(CELLS);
        for (int cell = 0; cell < CELLS; cell++) {
            List<Compiled> identities = new ArrayList<>();
            for (Compiled identity : ALL) {
                if (identity.reads(cell)) {
                    identities.add(identity);
                }
            }
            reading.add(List.copyOf(identities));
        }
        return List.copyOf(reading);
    }
}
