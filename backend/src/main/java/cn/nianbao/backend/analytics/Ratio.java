package cn.nianbao.backend.analytics;

/**
 * A rate: {@code numerator} / {@code denominator} of the same report, e.g. 公开率 = (予以公开 + 部分公开) / （七）总计.
 * The denominator is the sample size; below the configured minimum (see {@link MinimumSample}) a rate is shown as
 * not reliable.
 */
public record Ratio(String id, String label, MetricGroup group, CellSum numerator, CellSum denominator)
        implements Metric {

    public static final String UNIT = "%";

    public Ratio {
        if (numerator.table() != denominator.table()) {
            throw new IllegalArgumentException("比率 " + id + " 的分子和分母不在同一张表中");
        }
    }

    @Override
    public String unit() {
        return UNIT;
    }

    @Override
    public MetricKind kind() {
        return MetricKind.RATE;
    }

    @Override
    public ReportTable table() {
        return numerator.table();
    }
}
