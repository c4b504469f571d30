package cn.nianbao.backend.importing;

import java.util.Arrays;

/** Where an item of an import stands. */
public enum ItemStatus {
    QUEUED("queued", "排队中"),
    /** A new version was stored. */
    IMPORTED("imported", "已导入"),
    /** The same content, or the same document, is already the active version: nothing was stored. */
    UNCHANGED("unchanged", "无变化"),
    /** The body or the year is not certain: a person chooses among the candidates and confirms. */
    NEEDS_CONFIRMATION("needs_confirmation", "待确认"),
    FAILED("failed", "失败");

    private final String code;
    private final String label;

    ItemStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static ItemStatus fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown import item status " + code));
    }
}
