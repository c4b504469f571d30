package cn.nianbao.frontend.backend.analytics;

/**
 * One metric the backend computes ({@code GET /api/analytics/metrics}). A single cell's metric has its contract path
 * as id ({@code requests.new_received.total}); composite ones have named ids ({@code rate.disclosure}).
 *
 * @param group     requests, outcomes, reviews, proactive or rates
 * @param minSample for a rate, the cases below which the backend marks it unreliable; null otherwise
 */
public record Metric(String id, String label, String unit, MetricKind kind, String group, Integer minSample) {

    /** 本年新收政府信息公开申请数量（总计）: the metric the overview's chart and the quality matrix read. */
    public static final String NEW_REQUESTS = "requests.new_received.total";

    public Metric {
        kind = kind == null ? MetricKind.OTHER : kind;
    }

    public boolean isRate() {
        return kind == MetricKind.RATE;
    }
}
