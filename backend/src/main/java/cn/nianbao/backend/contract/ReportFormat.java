package cn.nianbao.backend.contract;

import java.util.Arrays;
import java.util.Optional;

/** Which national layout the report's tables follow (contract field {@code format}). */
public enum ReportFormat {
    F2021("2021", "2021版格式"),
    F2019("2019", "2019版试行格式"),
    PRE2019("pre2019", "2019年以前的自由格式"),
    UNKNOWN("unknown", "无法识别的格式");

    private final String code;
    private final String label;

    ReportFormat(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ReportFormat> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
