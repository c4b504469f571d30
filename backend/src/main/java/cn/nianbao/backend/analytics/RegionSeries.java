package cn.nianbao.backend.analytics;

import java.util.List;

/** A measure per year per body under a region. */
public record RegionSeries(Region region, List<Integer> years, List<AgencySeries> series) {

    /** The region the series were computed for. */
    public record Region(String code, String name) {
    }

    public RegionSeries {
        years = List.copyOf(years);
        series = List.copyOf(series);
    }
}
