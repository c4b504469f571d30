package cn.nianbao.frontend.backend.analytics;

import java.math.BigDecimal;

/**
 * One key figure of the overview, computed by the backend for the year and compared with the year before.
 * {@code value} is null where nothing is known; {@code change} and {@code changeRate} only where computable; a rate
 * carries its {@code numerator} and {@code denominator}.
 */
public record Tile(String id, String label, String unit, BigDecimal value, BigDecimal previousValue,
                   BigDecimal change, BigDecimal changeRate, BigDecimal numerator, BigDecimal denominator) {

    /** Rates have named ids starting with {@code rate.} (docs/API.md); their values lie between 0 and 1. */
    public boolean isRate() {
        return id != null && id.startsWith("rate.");
    }
}
