package cn.nianbao.frontend.backend.analytics;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a metric's value reads: a count (件, 个), a rate between 0 and 1, or an amount (万元). */
public enum MetricKind {
    COUNT,
    RATE,
    AMOUNT,
    /** A kind this dashboard does not know yet: its values are shown as plain numbers. */
    @JsonEnumDefaultValue
    OTHER
}
