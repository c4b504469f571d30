package cn.nianbao.frontend.backend.analytics;

import java.math.BigDecimal;

/**
 * One body's value of a metric in one year. {@code value} is null unless {@code state} is {@code REPORTED}; a rate
 * also carries its {@code numerator} and {@code denominator} (the sample size).
 */
public record Point(int year, BigDecimal value, PointState state, BigDecimal numerator, BigDecimal denominator) {

    public Point {
        state = state == null ? PointState.UNKNOWN : state;
    }

    /** A point the backend did not send: nothing is claimed about it. */
    public static Point unknown(int year) {
        return new Point(year, null, PointState.UNKNOWN, null, null);
    }

    /** A printed number, 0 included. */
    public boolean hasValue() {
        return state == PointState.REPORTED && value != null;
    }
}
