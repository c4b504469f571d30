package cn.nianbao.backend.analytics;

import java.math.BigDecimal;
import java.util.List;

/**
 * Metrics summed over the bodies of a region, year by year: the figures of the overview's tiles for every year of a
 * range (the same query, the same rules: only points {@code reported} count, a rate is Σ numerators / Σ
 * denominators). {@code ownBodyOnly}: the caller is a clerk and the totals are their one body's.
 */
public record RegionTotals(RegionRef region, boolean ownBodyOnly, List<Integer> years, List<MetricTotals> metrics) {

    public RegionTotals {
        years = List.copyOf(years);
        metrics = List.copyOf(metrics);
    }

    /** One metric's totals, one per year, in the order of {@code years}. */
    public record MetricTotals(MetricInfo metric, List<YearTotal> points) {

        public MetricTotals {
            points = List.copyOf(points);
        }

        public YearTotal in(int year) {
            return points.stream().filter(point -> point.year() == year).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no total for " + year));
        }
    }

    /**
     * A year's total with its change against the year before (computed like a tile's: null when either is unknown or,
     * for the rate, when the previous value is 0). {@code value} is null when no body printed what it adds up.
     */
    public record YearTotal(int year, Number value, Number numerator, Number denominator, Boolean reliable,
                            Number previousValue, Number change, BigDecimal changeRate) {
    }
}
