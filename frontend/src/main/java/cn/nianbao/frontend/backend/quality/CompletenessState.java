package cn.nianbao.frontend.backend.quality;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A body's year on the completeness matrix, as the backend decides it (docs/API.md, 数据质量). */
public enum CompletenessState {
    /** Expected and no report. */
    MISSING,
    /** Published after the deadline. */
    LATE,
    /** Errors found and not dismissed. */
    ERRORS,
    /** Warnings found and not dismissed. */
    WARNINGS,
    /** A report with neither. */
    CLEAN,
    /** Not expected that year and no report. */
    NOT_EXPECTED,
    /** A state this dashboard does not know yet. */
    @JsonEnumDefaultValue
    UNKNOWN
}
