package cn.nianbao.frontend.backend.analytics;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Why a point has or lacks a value, for one body and one year, as the backend decides it (docs/API.md). Printed 0,
 * blank, a missing table and a missing report stay apart all the way to the screen.
 */
public enum PointState {
    /** The active version prints the cells the metric needs. */
    REPORTED,
    /** The table is there, but a needed cell is printed blank. */
    BLANK,
    /** There is a report, but it has no such table. */
    TABLE_MISSING,
    /** The body is expected to report that year and has no report. */
    MISSING,
    /** The body is not expected to report that year (founded later, merged away …) and has none. */
    NOT_EXPECTED,
    /** A state this dashboard does not know yet: shown as such, never guessed. */
    @JsonEnumDefaultValue
    UNKNOWN
}
