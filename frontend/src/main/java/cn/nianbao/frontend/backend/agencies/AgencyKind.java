package cn.nianbao.frontend.backend.agencies;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The kind of a reporting body, as the backend names it. */
public enum AgencyKind {
    PEOPLES_GOVERNMENT,
    TOWNSHIP,
    DEPARTMENT,
    /** Also taken for a kind this frontend does not know yet, so a new backend kind does not break the pages. */
    @JsonEnumDefaultValue
    OTHER
}
