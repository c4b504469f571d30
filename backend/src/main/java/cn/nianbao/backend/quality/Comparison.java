package cn.nianbao.backend.quality;

import java.util.Arrays;
import java.util.Optional;

/** How a supervisor's threshold rule compares a body's metric with its threshold. */
public enum Comparison {
    /** The value is above the threshold. */
    ABOVE("above", "高于"),
    /** The value is below the threshold. */
    BELOW("below", "低于"),
    /** The value changed against last year by more than the threshold, in percent, up or down. */
    CHANGE_ABOVE("change_above", "较上年变化超过");

    private final String code;
    private final String label;

    Comparison(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Comparison> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
