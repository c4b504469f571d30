package cn.nianbao.backend.analytics;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;

/**
 * The bodies under a region ordered by a metric in one year, with last year's point ({@code GET /api/analytics/ranking});
 * {@code by}: {@code bodies}, or {@code children} when each line is a sub-region summed over its subtree.
 */
public record Ranking(RegionRef region, String by, MetricInfo metric, int year, List<Line> lines) {

    public Ranking {
        lines = List.copyOf(lines);
    }

    /** One body: its rank (null without a number), this year's and last year's point, and the change. */
    public record Line(Integer rank, String agencyCode, String agencyName, AgencyKind agencyKind, boolean demo,
                       Point current, Point previous, Number change, BigDecimal changeRate) {
    }
}
