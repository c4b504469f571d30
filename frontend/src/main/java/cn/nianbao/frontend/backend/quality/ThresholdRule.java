package cn.nianbao.frontend.backend.quality;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A supervisor's threshold rule ({@code /api/quality/rules}) as sent and answered: a metric of the analytics,
 * {@code comparison} {@code above}, {@code below} or {@code change_above} (percent against last year), the threshold
 * in the metric's unit as shown, the minimum sample and the severity of its findings. {@code findings}: how many it
 * has, in the answer to a change.
 */
public record ThresholdRule(Long id, String region, String regionName, String name, String metric,
                            String metricLabel, String comparison, BigDecimal threshold, Integer minSample,
                            String severity, String createdBy, OffsetDateTime createdAt, String updatedBy,
                            OffsetDateTime updatedAt, Integer findings) {

    public static final String ABOVE = "above";
    public static final String BELOW = "below";
    public static final String CHANGE_ABOVE = "change_above";

    /** A rule to send: what the form holds. */
    public static ThresholdRule of(String region, String name, String metric, String comparison,
                                   BigDecimal threshold, Integer minSample, String severity) {
        return new ThresholdRule(null, region, null, name, metric, null, comparison, threshold, minSample, severity,
                null, null, null, null, null);
    }
}
