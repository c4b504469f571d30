package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ways a run of glued digits ({@code 801000081}) can be cut into cells. Crawlers that flatten HTML tables glue a
 * row's numbers together; only the table's identities can tell {@code 80,1,0,0,0,0,81} from the other cuts. A cell
 * never has a leading zero (except 0 itself) and at most 9 digits.
 *
 * <p>The identities used here are those of the catalogue that read only cells of the run itself (a 表三 row's sum,
 * 表四's group sums); the identities across rows are applied afterwards, by {@link ReadingSolver}. The cuts kept are
 * those under which every such identity holds. When none does, either a crawler dropped empty cells (it prints
 * nothing for them) or the report breaks its own arithmetic: readings with vanished cells that satisfy the identities
 * compete with the cuts that keep the most identities and then the most of the bounds they imply (no part larger than
 * its total) — printed errors are small, wrong cuts are not. The search stops after a fixed amount of work, so a long
 * run cannot stall the parse; the caller then treats the cells as ambiguous.
 */
final class GluedDigits {

    /** Upper bound on the cuts examined for one run. */
    private static final int WORK_LIMIT = 2_000_000;
    /** More fitting cuts than this and the run is treated as undecidable. */
    static final int MAX_CANDIDATES = 500;
    private static final int MAX_CELL_DIGITS = 9;
    /** Cells that may have vanished from one run. */
    private static final int MAX_VANISHED = 3;

    private GluedDigits() {
    }

    /**
     * The readings of a run: its candidate cuts, and whether its cells may stand only where the identities confirm
     * them (the run fits its own identities only if some of its cells were empty and vanished).
     */
    record Readings(List<long[]> candidates, boolean mustConfirm) {
    }

    /**
     * Readings of {@code digits} as the table cells {@code cells} (numbers of {@link TableIdentities}), in order;
     * null when the search gave up. First the cuts under which the run's own identities hold. Without such a cut,
     * either some cells were empty (a crawler prints nothing for them) or the report breaks its own arithmetic: the
     * readings with vanished cells under which the identities hold (blanks counted as nothing) are candidates
     * together with the cuts that come closest (most identities, then bounds), and only the cells the other
     * identities confirm will stand. Without either, the closest cuts are the candidates.
     */
    static Readings cuts(String digits, int[] cells) {
        List<TableIdentities.Compiled> own = TableIdentities.within(cells);
        Search exact = new Search(digits, cells.length, cells, own, true);
        exact.run(0, 0);
        if (exact.gaveUp) {
            return null;
        }
        if (!exact.found.isEmpty() || own.isEmpty()) {
            return new Readings(exact.found, false);
        }
        Search relaxed = new Search(digits, cells.length, cells, own, false);
        relaxed.run(0, 0);
        if (relaxed.gaveUp) {
            return null;
        }
        List<long[]> vanished = withVanishedCells(digits, cells, own);
        if (vanished == null) {
            return null;
        }
        if (vanished.isEmpty()) {
            return new Readings(relaxed.found, false);
        }
        List<long[]> candidates = new ArrayList<>(vanished);
        candidates.addAll(relaxed.found);
        return new Readings(candidates, true);
    }

    /** Readings with one to three cells empty under which the run's identities hold; null when too many. */
    private static List<long[]> withVanishedCells(String digits, int[] cells, List<TableIdentities.Compiled> own) {
        Search search = new Search(digits, cells.length, cells, own, true);
        search.maxVanished = MAX_VANISHED;
        search.run(0, 0);
        return search.gaveUp ? null : search.found;
    }

    /** Every cut into {@code count} cells that no identity reads (表二); null when there are too many. */
    static List<long[]> allCuts(String digits, int count) {
        Search search = new Search(digits, count, null, List.of(), true);
        search.run(0, 0);
        return search.gaveUp ? null : search.found;
    }

    private static final class Search {
        final String digits;
        final int[] cells;
        final int count;
        final boolean exact;
        /** The identities to check once the cell at each position is cut (exact search). */
        final List<List<TableIdentities.Compiled>> checkAt;
        final List<TableIdentities.Compiled> own;
        final long[] values = TableIdentities.unknown();
        final long[] current;
        /** How many cells may be empty, consuming no digits (their value counts as nothing in the identities). */
        int maxVanished;
        int vanished;
        final List<long[]> found = new ArrayList<>();
        /** Relaxed search: the score (identities holding, bounds holding) of the cuts in {@code found}. */
        int[] top = {-1, -1};
        int work;
        boolean gaveUp;

        Search(String digits, int count, int[] cells, List<TableIdentities.Compiled> own, boolean exact) {
            this.digits = digits;
            this.cells = cells;
            this.count = count;
            this.exact = exact;
            this.own = own;
            this.current = new long[count];
            this.checkAt = new ArrayList<>();
            for (int i = 0; cells != null && i < cells.length; i++) {
                checkAt.add(new ArrayList<>());
            }
            for (TableIdentities.Compiled identity : own) {
                int last = Arrays.stream(identity.cells()).map(this::position).max().orElseThrow();
                checkAt.get(last).add(identity);
            }
        }

        private int position(int cell) {
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] == cell) {
                    return i;
                }
            }
            throw new IllegalArgumentException("cell " + cell + " is not in the run");
        }

        void run(int position, int cell) {
            if (gaveUp) {
                return;
            }
            if (++work > WORK_LIMIT || found.size() > MAX_CANDIDATES) {
                gaveUp = true;
                return;
            }
            if (cell == count) {
                if (position == digits.length() && (maxVanished == 0 || vanished > 0)) {
                    keep();
                }
                return;
            }
            int remainingCells = count - cell;
            int remainingDigits = digits.length() - position;
            if (remainingDigits < remainingCells - (maxVanished - vanished)
                    || remainingDigits > remainingCells * MAX_CELL_DIGITS) {
                return;
            }
            if (vanished < maxVanished) {
                vanished++;
                current[cell] = TableIdentities.UNKNOWN;
                values[cells[cell]] = 0;
                if (holds(checkAt.get(cell))) {
                    run(position, cell + 1);
                }
                vanished--;
            }
            int maxLength = remainingDigits == 0 ? 0 : digits.charAt(position) == '0' ? 1
                    : Math.min(Math.min(MAX_CELL_DIGITS, remainingDigits),
                            remainingDigits - remainingCells + 1 + (maxVanished - vanished));
            for (int length = 1; length <= maxLength; length++) {
                long value = Long.parseLong(digits, position, position + length, 10);
                current[cell] = value;
                if (cells != null) {
                    values[cells[cell]] = value;
                    if (exact && !holds(checkAt.get(cell))) {
                        continue;
                    }
                }
                run(position + length, cell + 1);
            }
            if (cells != null) {
                values[cells[cell]] = TableIdentities.UNKNOWN;
            }
        }

        private boolean holds(List<TableIdentities.Compiled> identities) {
            for (TableIdentities.Compiled identity : identities) {
                if (identity.check(values) != TableIdentities.Compiled.State.HOLDS) {
                    return false;
                }
            }
            return true;
        }

        private void keep() {
            if (!exact) {
                int holding = 0;
                int bounded = 0;
                for (TableIdentities.Compiled identity : own) {
                    holding += identity.check(values) == TableIdentities.Compiled.State.HOLDS ? 1 : 0;
                    bounded += identity.boundsHold(values) ? 1 : 0;
                }
                if (holding < top[0] || holding == top[0] && bounded < top[1]) {
                    return;
                }
                if (holding > top[0] || bounded > top[1]) {
                    found.clear();
                    top = new int[] {holding, bounded};
                }
            }
            found.add(Arrays.copyOf(current, count));
        }
    }
}
