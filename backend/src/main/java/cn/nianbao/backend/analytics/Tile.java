package cn.nianbao.backend.analytics;

import java.math.BigDecimal;

/**
 * One key figure of the overview with last year's beside it. {@code metric} is the metric behind the tile (null for
 * the counts of bodies), so that a click can open its series; {@code change} = value − previous_value,
 * {@code changeRate} = change / previous_value, null where either is unknown or the previous value is 0.
 */
public record Tile(String id, String label, String unit, String metric, Number value, Number previousValue,
                   Number change, BigDecimal changeRate, Number numerator, Number denominator, Boolean reliable) {
}
