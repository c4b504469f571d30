package cn.nianbao.frontend.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.nianbao.frontend.backend.analytics.MetricKind;

/**
 * How the backend's numbers are printed: counts as integers, rates as percentages with one decimal, amounts as given.
 * Nothing is computed here; a change is printed with its sign, no change as a plain 0.
 */
public final class Figures {

    private Figures() {
    }

    /** 12, 62.5%, 7730.28. */
    public static String value(BigDecimal value, MetricKind kind) {
        if (value == null) {
            return "";
        }
        return kind == MetricKind.RATE ? percent(value, false) : plain(value);
    }

    /** +3, −2, 0; for a rate the change in percentage points (+2.5), which the caller names as such. */
    public static String change(BigDecimal change, MetricKind kind) {
        if (change == null) {
            return "";
        }
        if (kind == MetricKind.RATE) {
            return signed(change.movePointRight(2).setScale(1, RoundingMode.HALF_UP));
        }
        return signed(change);
    }

    /** +12.5%, −3.0%, 0.0%. */
    public static String changeRate(BigDecimal rate) {
        return rate == null ? "" : percent(rate, true);
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String percent(BigDecimal rate, boolean sign) {
        BigDecimal points = rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return (sign ? signed(points) : points.toPlainString()) + "%";
    }

    private static String signed(BigDecimal value) {
        if (value.signum() == 0) {
            return value.scale() > 0 ? BigDecimal.ZERO.setScale(value.scale()).toPlainString() : "0";
        }
        String text = value.scale() > 0 ? value.abs().toPlainString() : plain(value.abs());
        return (value.signum() > 0 ? "+" : "−") + text;
    }
}
