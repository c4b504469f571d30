package cn.nianbao.backend.analytics;

/** One body's value for one year, with the state that tells a printed 0 from a blank or a missing report. */
public record YearPoint(int year, Integer value, PointState state) {
}
