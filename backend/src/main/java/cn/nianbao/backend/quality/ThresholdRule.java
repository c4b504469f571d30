package cn.nianbao.backend.quality;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import cn.nianbao.backend.contract.Severity;

/**
 * A supervisor's rule over an analytics metric for the bodies of a region, e.g. 公开率 below 40 % with at least 30
 * requests, or 本年新收 changing by more than 300 % against last year. The threshold is in the metric's unit as
 * shown (percent for a rate) or, for a change, in percent; {@code minSample} is the sample a rate must rest on (its
 * denominator) or, for a change of a count, the larger of the two years' values.
 */
public record ThresholdRule(long id, long regionId, String name, String metricId, Comparison comparison,
                            BigDecimal threshold, int minSample, Severity severity, String createdBy,
                            OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {
}
