package cn.nianbao.frontend.backend.imports;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What became of one file of an import job; a status a newer backend adds reads as {@link #UNKNOWN}. */
public enum ImportStatus {
    QUEUED,
    IMPORTED,
    UNCHANGED,
    NEEDS_CONFIRMATION,
    FAILED,
    @JsonEnumDefaultValue
    UNKNOWN
}
