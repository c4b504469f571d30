package cn.nianbao.frontend.backend.analytics;

import java.util.List;

/**
 * {@code GET /api/analytics/ranking}: the bodies under a region ordered by a metric in one year, ranked by the backend
 * (equal values share a rank); those without a number follow in tree order. {@code by} {@code children}: each line
 * is a direct sub-region summed over its subtree (the backend's answer for a region with too many bodies).
 */
public record Ranking(Region region, String by, Metric metric, int year, List<RankingLine> lines) {

    public Ranking {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public boolean bySubRegion() {
        return "children".equals(by);
    }
}
