package cn.nianbao.backend.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.nianbao.backend.analytics.persistence.MetricQuery;

/**
 * The numbers the database computed, in the form the API gives them: counts as integers, rates (0…1) and amounts
 * as decimals without trailing zeros; and the change against last year.
 */
final class MetricNumbers {

    private static final int CHANGE_RATE_SCALE = 4;

    private MetricNumbers() {
    }

    static Number of(MetricKind kind, BigDecimal value) {
        if (value == null) {
            return null;
        }
        return kind == MetricKind.COUNT ? value.longValueExact() : plain(value);
    }

    /** A count (numerator, denominator, number of bodies). */
    static Long count(BigDecimal value) {
        return value == null ? null : value.longValueExact();
    }

    /** One body's point from the row the database decided. */
    static Point point(Metric metric, MetricQuery.PointRow row, MinimumSample minimum) {
        Boolean reliable = row.state() == PointState.REPORTED ? minimum.reliable(metric, row.denominator()) : null;
        return new Point(row.year(), of(metric.kind(), row.value()), row.state(), count(row.numerator()),
                count(row.denominator()), reliable);
    }

    /** current − previous, when both are known. */
    static Number change(Number current, Number previous) {
        if (current == null || previous == null) {
            return null;
        }
        if (current instanceof Long a && previous instanceof Long b) {
            return a - b;
        }
        return plain(decimal(current).subtract(decimal(previous)));
    }

    /** (current − previous) / previous to four decimals, when both are known and previous is not 0. */
    static BigDecimal changeRate(Number current, Number previous) {
        if (current == null || previous == null || decimal(previous).signum() == 0) {
            return null;
        }
        return plain(decimal(current).subtract(decimal(previous))
                .divide(decimal(previous), CHANGE_RATE_SCALE, RoundingMode.HALF_UP));
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(number.longValue());
    }

    /** 0.8750 → 0.875 and 7545.00 → 7545, never 7.545E+3 (JSON prints the plain form). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
