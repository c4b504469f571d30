package cn.nianbao.backend.contract;

import java.util.Arrays;
import java.util.Optional;

/** The three case groups of 表四 政府信息公开行政复议、行政诉讼情况. */
public enum ReviewRow {
    ADMINISTRATIVE_REVIEW("administrative_review", "行政复议"),
    LITIGATION_DIRECT("litigation_direct", "行政诉讼（未经复议直接起诉）"),
    LITIGATION_AFTER_REVIEW("litigation_after_review", "行政诉讼（复议后起诉）");

    private final String code;
    private final String label;

    ReviewRow(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ReviewRow> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
