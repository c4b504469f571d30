package cn.nianbao.backend.quality;

import java.util.Arrays;
import java.util.Optional;

/** Where a finding stands with the reviewers: not yet looked at, confirmed as a problem, or dismissed (with a reason). */
public enum FindingStatus {
    OPEN("open", "待审核"),
    CONFIRMED("confirmed", "已确认"),
    DISMISSED("dismissed", "已排除");

    private final String code;
    private final String label;

    FindingStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<FindingStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
