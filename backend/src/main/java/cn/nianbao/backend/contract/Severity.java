package cn.nianbao.backend.contract;

import java.util.Arrays;
import java.util.Optional;

public enum Severity {
    ERROR("error", "错误"),
    WARNING("warning", "警告"),
    INFO("info", "提示");

    private final String code;
    private final String label;

    Severity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Severity> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
