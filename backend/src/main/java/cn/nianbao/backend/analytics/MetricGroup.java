package cn.nianbao.backend.analytics;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a metric stands in the indicator picker. */
public enum MetricGroup {
    /** 表三 intake: received, carried over, handled, carried forward. */
    REQUESTS,
    /** 表三 outcomes: 予以公开 … 其他处理. */
    OUTCOMES,
    /** 表四 administrative reviews and lawsuits. */
    REVIEWS,
    /** 表二 documents, decisions and fees. */
    PROACTIVE,
    /** Rates of one metric over another. */
    RATES;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
