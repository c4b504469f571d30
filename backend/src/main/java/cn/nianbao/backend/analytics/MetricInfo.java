package cn.nianbao.backend.analytics;

/**
 * A metric as the API describes it; {@code minSample} is the sample size from which a rate counts as reliable (null
 * for counts and amounts).
 */
public record MetricInfo(String id, String label, String unit, MetricKind kind, MetricGroup group,
                         Integer minSample) {

    public static MetricInfo of(Metric metric, MinimumSample minimum) {
        return new MetricInfo(metric.id(), metric.label(), metric.unit(), metric.kind(), metric.group(),
                metric.kind() == MetricKind.RATE ? minimum.cases() : null);
    }
}
