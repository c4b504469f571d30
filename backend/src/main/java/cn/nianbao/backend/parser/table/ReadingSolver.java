package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses among the ways parts of a table could be read — the cuts of glued digits, the placements of values whose
 * position is uncertain — by the catalogue's identities. Every combination of the parts' candidates is scored by the
 * identities that read any of their cells: most identities holding, then fewest broken, then most bounds kept
 * (see {@link TableIdentities.Compiled#boundsHold}). A cell on which every best combination agrees is read; a cell
 * on which they disagree is ambiguous and stays null, with its candidate values named. A part that must be
 * <em>confirmed</em> (a placement the parser inferred, not read) keeps only the cells whose every complete identity
 * holds and at least one does; its other cells are ambiguous too.
 */
final class ReadingSolver {

    /** Combinations tried at most; beyond that each part is judged on its own. */
    private static final long COMBINATION_LIMIT = 200_000;

    /**
     * One uncertain part of a table.
     *
     * @param cells       the table cells it decides (numbers of {@link TableIdentities})
     * @param candidates  the values each reading gives those cells, {@link TableIdentities#UNKNOWN} for a blank
     * @param mustConfirm whether its cells stand only where the identities confirm them
     */
    record Part(int[] cells, List<long[]> candidates, boolean mustConfirm) {
    }

    /** The decided values; for each ambiguous cell the values its candidates gave it. */
    record Solution(long[] values, Map<Integer, Set<Long>> ambiguous) {
    }

    private ReadingSolver() {
    }

    /** @param fixed the values read with certainty, {@link TableIdentities#UNKNOWN} elsewhere */
    static Solution solve(long[] fixed, List<Part> parts) {
        long[] values = fixed.clone();
        Map<Integer, Set<Long>> ambiguous = new LinkedHashMap<>();
        List<Part> open = new ArrayList<>();
        for (Part part : parts) {
            if (part.candidates().isEmpty()) {
                for (int cell : part.cells()) {
                    ambiguous.put(cell, new LinkedHashSet<>());
                }
            } else {
                open.add(part);
            }
        }
        long combinations = 1;
        for (Part part : open) {
            combinations = Math.min(COMBINATION_LIMIT + 1, combinations * part.candidates().size());
        }
        if (combinations <= COMBINATION_LIMIT) {
            decide(values, open, ambiguous);
        } else {
            for (Part part : open) {
                decide(values, List.of(part), ambiguous);
            }
        }
        for (Part part : open) {
            if (part.mustConfirm()) {
                confirm(part, values, ambiguous);
            }
        }
        for (int cell : ambiguous.keySet()) {
            values[cell] = TableIdentities.UNKNOWN;
        }
        return new Solution(values, ambiguous);
    }

    private static void decide(long[] values, List<Part> parts, Map<Integer, Set<Long>> ambiguous) {
        int[] cells = parts.stream().flatMapToInt(part -> Arrays.stream(part.cells())).toArray();
        List<TableIdentities.Compiled> identities = TableIdentities.readingAny(cells);
        Search search = new Search(values, parts, identities);
        search.run(0);
        for (int i = 0; i < cells.length; i++) {
            int cell = cells[i];
            Set<Long> seen = new LinkedHashSet<>();
            for (long[] best : search.best) {
                seen.add(best[i]);
            }
            if (seen.size() == 1) {
                values[cell] = seen.iterator().next();
            } else {
                values[cell] = TableIdentities.UNKNOWN;
                ambiguous.put(cell, seen);
            }
        }
    }

    /** Keeps a confirmed part's cells whose complete identities all hold, at least one of them. */
    private static void confirm(Part part, long[] values, Map<Integer, Set<Long>> ambiguous) {
        for (int cell : part.cells()) {
            if (ambiguous.containsKey(cell) || values[cell] == TableIdentities.UNKNOWN) {
                continue;
            }
            boolean confirmed = false;
            boolean broken = false;
            for (TableIdentities.Compiled identity : TableIdentities.reading(cell)) {
                switch (identity.check(values)) {
                    case HOLDS -> confirmed = true;
                    case BROKEN -> broken = true;
                    case INCOMPLETE -> { }
                }
            }
            if (broken || !confirmed) {
                ambiguous.put(cell, new LinkedHashSet<>(List.of(values[cell])));
            }
        }
    }

    private static final class Search {
        final long[] values;
        final List<Part> parts;
        final List<TableIdentities.Compiled> identities;
        final int cellCount;
        final List<long[]> best = new ArrayList<>();
        int[] top = {-1, Integer.MIN_VALUE, -1};

        Search(long[] values, List<Part> parts, List<TableIdentities.Compiled> identities) {
            this.values = values;
            this.parts = parts;
            this.identities = identities;
            this.cellCount = parts.stream().mapToInt(part -> part.cells().length).sum();
        }

        void run(int index) {
            if (index == parts.size()) {
                score();
                return;
            }
            Part part = parts.get(index);
            for (long[] candidate : part.candidates()) {
                for (int i = 0; i < part.cells().length; i++) {
                    values[part.cells()[i]] = candidate[i];
                }
                run(index + 1);
            }
        }

        private void score() {
            int holding = 0;
            int broken = 0;
            int bounded = 0;
            for (TableIdentities.Compiled identity : identities) {
                switch (identity.check(values)) {
                    case HOLDS -> holding++;
                    case BROKEN -> broken++;
                    case INCOMPLETE -> { }
                }
                bounded += identity.boundsHold(values) ? 1 : 0;
            }
            int[] score = {holding, -broken, bounded};
            int compared = Arrays.compare(score, top);
            if (compared < 0) {
                return;
            }
            if (compared > 0) {
                best.clear();
                top = score;
            }
            long[] combination = new long[cellCount];
            int i = 0;
            for (Part part : parts) {
                for (int cell : part.cells()) {
                    combination[i++] = values[cell];
                }
            }
            best.add(combination);
        }
    }
}
