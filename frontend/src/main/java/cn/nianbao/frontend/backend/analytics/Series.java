package cn.nianbao.frontend.backend.analytics;

import java.util.List;

/**
 * {@code GET /api/analytics/series}: one metric per year for every body under a region (not the region itself), in
 * tree order.
 */
public record Series(Region region, Metric metric, List<Integer> years, List<BodySeries> series) {

    public Series {
        years = years == null ? List.of() : List.copyOf(years);
        series = series == null ? List.of() : List.copyOf(series);
    }

    public boolean demo() {
        return (region != null && region.demo()) || series.stream().anyMatch(BodySeries::demo);
    }

    public Integer latestYear() {
        return years.stream().max(Integer::compare).orElse(null);
    }
}
