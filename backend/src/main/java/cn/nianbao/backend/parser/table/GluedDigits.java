package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways a run of glued digits ({@code 801000081}) can be cut into cells. Crawlers that flatten HTML tables glue a
 * row's numbers together; only the table's sum rules can tell {@code 80,1,0,0,0,0,81} from the other cuts. A cell
 * never has a leading zero (except 0 itself) and at most 9 digits. The search stops after a fixed amount of work, so a
 * long run cannot stall the parse; the caller then treats the cells as ambiguous.
 */
final class GluedDigits {

    /** Upper bound on the cuts examined for one run. */
    private static final int WORK_LIMIT = 2_000_000;
    /** More fitting cuts than this and the run is treated as undecidable. */
    static final int MAX_CANDIDATES = 500;

    private GluedDigits() {
    }

    /**
     * Cuts of {@code digits} into groups of {@code groupSize} cells where in each group the first cells add up to the
     * last (表三: six applicant columns = 总计; 表四: 维持+纠正+其他+尚未审结 = 总计). Null when the search gave up.
     */
    static List<long[]> cutsWithGroupSums(String digits, int groups, int groupSize) {
        Search search = new Search(digits, groups * groupSize, groupSize, true);
        search.run(0, 0);
        return search.gaveUp ? null : search.found;
    }

    /** Every cut into {@code cells} cells, with no rule to choose; null when there are too many. */
    static List<long[]> allCuts(String digits, int cells) {
        Search search = new Search(digits, cells, cells, false);
        search.run(0, 0);
        return search.gaveUp ? null : search.found;
    }

    private static final class Search {
        final String digits;
        final int cells;
        final int groupSize;
        final boolean sums;
        final long[] current;
        final List<long[]> found = new ArrayList<>();
        int work;
        boolean gaveUp;

        Search(String digits, int cells, int groupSize, boolean sums) {
            this.digits = digits;
            this.cells = cells;
            this.groupSize = groupSize;
            this.sums = sums;
            this.current = new long[cells];
        }

        void run(int position, int cell) {
            if (gaveUp) {
                return;
            }
            if (++work > WORK_LIMIT || found.size() > MAX_CANDIDATES) {
                gaveUp = true;
                return;
            }
            if (cell == cells) {
                if (position == digits.length()) {
                    found.add(current.clone());
                }
                return;
            }
            int remainingCells = cells - cell;
            int remainingDigits = digits.length() - position;
            if (remainingDigits < remainingCells || remainingDigits > remainingCells * 9) {
                return;
            }
            int maxLength = digits.charAt(position) == '0' ? 1 : Math.min(9, remainingDigits - remainingCells + 1);
            for (int length = 1; length <= maxLength; length++) {
                current[cell] = Long.parseLong(digits, position, position + length, 10);
                if (sums && (cell + 1) % groupSize == 0 && !groupHolds(cell)) {
                    continue;
                }
                run(position + length, cell + 1);
            }
        }

        private boolean groupHolds(int lastCell) {
            long sum = 0;
            for (int c = lastCell - groupSize + 1; c < lastCell; c++) {
                sum += current[c];
            }
            return sum == current[lastCell];
        }
    }
}
