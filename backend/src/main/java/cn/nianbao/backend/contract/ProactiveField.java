package cn.nianbao.backend.contract;

import java.util.Arrays;
import java.util.Optional;

/** The columns of 表二; which of them a row has depends on its {@link ProactiveRow.Kind}. */
public enum ProactiveField {
    ISSUED("issued", "本年制发件数", ProactiveRow.Kind.DOCUMENTS),
    REPEALED("repealed", "本年废止件数", ProactiveRow.Kind.DOCUMENTS),
    IN_FORCE("in_force", "现行有效件数", ProactiveRow.Kind.DOCUMENTS),
    DECISIONS("decisions", "本年处理决定数量", ProactiveRow.Kind.DECISIONS),
    AMOUNT_WAN_YUAN("amount_wan_yuan", "本年收费金额（万元）", ProactiveRow.Kind.FEES);

    private final String code;
    private final String label;
    private final ProactiveRow.Kind kind;

    ProactiveField(String code, String label, ProactiveRow.Kind kind) {
        this.code = code;
        this.label = label;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether a row of this kind has this column. */
    public boolean belongsTo(ProactiveRow row) {
        return row.kind() == kind;
    }

    public static Optional<ProactiveField> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
