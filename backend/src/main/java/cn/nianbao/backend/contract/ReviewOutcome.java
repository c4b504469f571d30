package cn.nianbao.backend.contract;

import java.util.Arrays;
import java.util.Optional;

/** The five outcome columns of each 表四 group. */
public enum ReviewOutcome {
    UPHELD("upheld", "结果维持"),
    CORRECTED("corrected", "结果纠正"),
    OTHER("other", "其他结果"),
    PENDING("pending", "尚未审结"),
    TOTAL("total", "总计");

    private final String code;
    private final String label;

    ReviewOutcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ReviewOutcome> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
