package cn.nianbao.backend.analytics;

import java.util.List;

/** A metric per year per body under a region ({@code GET /api/analytics/series}). */
public record RegionSeries(RegionRef region, MetricInfo metric, List<Integer> years, List<AgencySeries> series) {

    public RegionSeries {
        years = List.copyOf(years);
        series = List.copyOf(series);
    }
}
