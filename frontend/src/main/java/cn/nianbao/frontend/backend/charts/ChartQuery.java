package cn.nianbao.frontend.backend.charts;

import cn.nianbao.frontend.backend.agencies.AgencyKind;

/**
 * Which chart of which region to draw ({@code /api/charts/{chart}}): the parameters a page passes on; null leaves a
 * choice to the backend (its defaults: the latest years with reports, every kind of body, 本年新收申请数量).
 *
 * @param chart one of the backend's chart ids: overview, outcomes, applicants, reviews, ranking, heatmap,
 *              small-multiples
 */
public record ChartQuery(String chart, String region, Integer from, Integer to, Integer year, AgencyKind kind,
                         String metric) {

    /** A trend of the region over the years {@code from}…{@code to}. */
    public static ChartQuery trend(String chart, String region, Integer from, Integer to, AgencyKind kind) {
        return new ChartQuery(chart, region, from, to, null, kind, null);
    }

    /** A comparison of the region's bodies by one metric. */
    public static ChartQuery compare(String chart, String region, Integer from, Integer to, Integer year,
                                     AgencyKind kind, String metric) {
        return new ChartQuery(chart, region, from, to, year, kind, metric);
    }
}
