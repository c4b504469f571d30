package cn.nianbao.frontend.backend.analytics;

import java.math.BigDecimal;

/**
 * One body's value of a metric in one year. {@code value} is null unless {@code state} is {@code REPORTED} (or, for a
 * rate, when no case was handled: denominator 0); a rate also carries its {@code numerator}, {@code denominator} (the
 * sample size) and whether the backend finds that sample large enough to compare ({@code reliable}).
 */
public record Point(int year, BigDecimal value, PointState state, BigDecimal numerator, BigDecimal denominator,
                    Boolean reliable) {

    public Point {
        state = state == null ? PointState.UNKNOWN : state;
    }

    /** A point the backend did not send: nothing is claimed about it. */
    public static Point unknown(int year) {
        return new Point(year, null, PointState.UNKNOWN, null, null, null);
    }

    /** A rate the backend marks as computed from too few cases. */
    public boolean unreliable() {
        return Boolean.FALSE.equals(reliable);
    }

    /** A printed number, 0 included. */
    public boolean hasValue() {
        return state == PointState.REPORTED && value != null;
    }
}
