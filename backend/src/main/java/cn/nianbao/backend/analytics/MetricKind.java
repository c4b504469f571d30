package cn.nianbao.backend.analytics;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a metric's number is: a count of cases or documents, a rate between 0 and 1, or an amount in 万元. */
public enum MetricKind {
    COUNT,
    RATE,
    AMOUNT;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
