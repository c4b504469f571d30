package cn.nianbao.frontend.backend.analytics;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A body's report beside its report of the year before, as the backend compares them
 * ({@code GET /api/analytics/year-on-year}): last year's cells in the contract form and, where both years print a
 * number, the change.
 */
public record YearOnYear(Region agency, int year, int previousYear, boolean reported, boolean previousReported,
                         Map<String, Map<String, Map<String, BigDecimal>>> previous,
                         Map<String, Map<String, Map<String, BigDecimal>>> change) {

    public YearOnYear {
        previous = previous == null ? Map.of() : previous;
        change = change == null ? Map.of() : change;
    }

    /** Last year's cell at a contract path: a number, blank (printed empty) or missing (not printed). */
    public Cell previousAt(String path) {
        return at(previous, path);
    }

    /** The change at a contract path; missing where the backend gives none. */
    public Cell changeAt(String path) {
        return at(change, path);
    }

    private static Cell at(Map<String, Map<String, Map<String, BigDecimal>>> tables, String path) {
        String[] parts = path.split("\\.", 3);
        if (parts.length != 3) {
            return Cell.MISSING;
        }
        Map<String, BigDecimal> row = tables.getOrDefault(parts[0], Map.of()).get(parts[1]);
        if (row == null || !row.containsKey(parts[2])) {
            return Cell.MISSING;
        }
        BigDecimal value = row.get(parts[2]);
        return value == null ? Cell.BLANK : new Cell(value);
    }

    /** One cell of last year or of the change: {@code value} null and {@code printed} false when not printed. */
    public record Cell(BigDecimal value, boolean printed) {

        static final Cell MISSING = new Cell(null, false);
        static final Cell BLANK = new Cell(null, true);

        Cell(BigDecimal value) {
            this(value, true);
        }
    }
}
