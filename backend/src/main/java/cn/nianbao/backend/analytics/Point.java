package cn.nianbao.backend.analytics;

/**
 * One body's value of a metric in one year, with the state that tells a printed 0 from a blank, a missing table, a
 * missing report and a report not due. A rate carries its numerator and denominator (the sample size) and whether
 * that sample reaches the minimum; for other metrics these are null.
 */
public record Point(int year, Number value, PointState state, Number numerator, Number denominator,
                    Boolean reliable) {

    /** Whether there is a number to rank or compare. */
    public boolean hasValue() {
        return state == PointState.REPORTED && value != null;
    }
}
