package cn.nianbao.frontend.backend.analytics;

import java.math.BigDecimal;

/**
 * One key figure of the overview, computed by the backend for the year and compared with the year before.
 * {@code metric} is the metric behind it (null for the counts of bodies); {@code value} is null where nothing is known;
 * {@code change} and {@code changeRate} only where computable; a rate carries its {@code numerator},
 * {@code denominator} and whether that sample is large enough to compare ({@code reliable}).
 */
public record Tile(String id, String label, String unit, String metric, BigDecimal value, BigDecimal previousValue,
                   BigDecimal change, BigDecimal changeRate, BigDecimal numerator, BigDecimal denominator,
                   Boolean reliable) {

    /** A rate, between 0 and 1: its unit is {@code %} (docs/API.md), and the rates' ids start with {@code rate.}. */
    public boolean isRate() {
        return "%".equals(unit) || (id != null && id.startsWith("rate."));
    }

    public boolean unreliable() {
        return Boolean.FALSE.equals(reliable);
    }
}
