package cn.nianbao.backend.analytics;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a point has the value it has: printed, printed blank, the table not in the report, no report although one was
 * due, or not due. The database decides it, in one place ({@code analytics.persistence.PointStates}).
 */
public enum PointState {
    /** The active version prints every cell the metric needs. */
    REPORTED("reported"),
    /** The table is there but a cell the metric needs is blank (or its row is not printed). */
    BLANK("blank"),
    /** There is a report, but without the table the metric reads (e.g. no 表三). */
    TABLE_MISSING("table_missing"),
    /** The body was expected to report that year and there is no report. */
    MISSING("missing"),
    /** The body was not expected to report that year (founded later, merged away…) and there is no report. */
    NOT_EXPECTED("not_expected");

    private final String code;

    PointState(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static PointState fromCode(String code) {
        return Arrays.stream(values()).filter(state -> state.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown point state " + code));
    }
}
