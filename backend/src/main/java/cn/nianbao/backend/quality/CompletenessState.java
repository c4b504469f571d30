package cn.nianbao.backend.quality;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One body's year on the completeness matrix, the first that applies: no report although one is due
 * ({@code missing}), published after the deadline ({@code late}), errors found, warnings found, nothing found
 * ({@code clean}), or not expected to report that year and none ({@code not_expected}). Dismissed findings do not
 * count.
 */
public enum CompletenessState {
    MISSING("missing"),
    LATE("late"),
    ERRORS("errors"),
    WARNINGS("warnings"),
    CLEAN("clean"),
    NOT_EXPECTED("not_expected");

    private final String code;

    CompletenessState(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
