package cn.nianbao.backend.analytics;

import java.util.Map;

/**
 * One body's report beside its report of the year before, cell by cell ({@code GET /api/analytics/year-on-year}):
 * {@code previous} is last year's report in the contract form (absent row: not printed; null: printed blank), and
 * {@code change} holds this year's number minus last year's for every cell where both years print a number.
 */
public record YearOnYear(RegionRef agency, int year, int previousYear, boolean reported, boolean previousReported,
                         Map<String, Map<String, Map<String, Number>>> previous,
                         Map<String, Map<String, Map<String, Number>>> change) {
}
