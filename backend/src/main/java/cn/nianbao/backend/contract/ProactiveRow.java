package cn.nianbao.backend.contract;

import java.util.Arrays;
import java.util.Optional;

/** The rows of 表二 主动公开政府信息情况 and which columns each row has. */
public enum ProactiveRow {
    REGULATIONS("regulations", Kind.DOCUMENTS, "第二十条第（一）项", "规章"),
    NORMATIVE_DOCUMENTS("normative_documents", Kind.DOCUMENTS, "第二十条第（一）项", "行政规范性文件"),
    LICENSING("licensing", Kind.DECISIONS, "第二十条第（五）项", "行政许可"),
    PUNISHMENT("punishment", Kind.DECISIONS, "第二十条第（六）项", "行政处罚"),
    ENFORCEMENT("enforcement", Kind.DECISIONS, "第二十条第（六）项", "行政强制"),
    FEES("fees", Kind.FEES, "第二十条第（八）项", "行政事业性收费");

    /** The column layout of a row: documents issued/repealed/in force, decisions, or fees in 万元. */
    public enum Kind { DOCUMENTS, DECISIONS, FEES }

    private final String code;
    private final Kind kind;
    private final String article;
    private final String label;

    ProactiveRow(String code, Kind kind, String article, String label) {
        this.code = code;
        this.kind = kind;
        this.article = article;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The article heading the template prints above the row, e.g. 第二十条第（五）项. */
    public String article() {
        return article;
    }

    public String label() {
        return label;
    }

    public static Optional<ProactiveRow> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
