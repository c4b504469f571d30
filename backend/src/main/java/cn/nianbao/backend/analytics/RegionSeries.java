package cn.nianbao.backend.analytics;

import java.util.List;

/**
 * A metric per year per body under a region ({@code GET /api/analytics/series}); {@code by}: {@code bodies}, or
 * {@code children} when each series is a sub-region summed over its subtree.
 */
public record RegionSeries(RegionRef region, String by, MetricInfo metric, List<Integer> years, List<AgencySeries> series) {

    public RegionSeries {
        years = List.copyOf(years);
        series = List.copyOf(series);
    }
}
