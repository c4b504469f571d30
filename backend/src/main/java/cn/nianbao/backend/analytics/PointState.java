package cn.nianbao.backend.analytics;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a point has the value it has: printed, printed blank, not there, or not due. */
public enum PointState {
    REPORTED("reported"),
    BLANK("blank"),
    MISSING("missing"),
    NOT_EXPECTED("not_expected");

    private final String code;

    PointState(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
