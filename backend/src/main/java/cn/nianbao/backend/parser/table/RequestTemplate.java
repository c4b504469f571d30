package cn.nianbao.backend.parser.table;

import static cn.nianbao.backend.contract.RequestRow.*;

import java.util.List;
import java.util.regex.Pattern;

import cn.nianbao.backend.contract.RequestRow;

/** 表三's rows with the keywords that identify them in printed labels. */
final class RequestTemplate {

    static final int COLUMNS = 7;
    private static final Pattern JUST_OTHER = Pattern.compile("(.*(\\d\\.|[)）]))?其他");

    static final RowTemplate<RequestRow> TEMPLATE = new RowTemplate<>(List.of(
            row(NEW_RECEIVED, 0, "本年新收", "新收政府信息公开申请"),
            row(CARRIED_OVER, 1, "上年结转"),
            row(GRANTED, 2, "予以公开"),
            row(PARTIALLY_GRANTED, 3, "部分公开"),
            row(DENIED_STATE_SECRET, 4, "国家秘密"),
            row(DENIED_PROHIBITED_BY_LAW, 5, "禁止公开", "法律行政", "行政法规"),
            row(DENIED_SECURITY_STABILITY, 6, "三安全一稳定", "危及"),
            row(DENIED_THIRD_PARTY_RIGHTS, 7, "第三方"),
            row(DENIED_INTERNAL_AFFAIRS, 8, "内部事务"),
            row(DENIED_PROCESS_INFORMATION, 9, "过程性"),
            row(DENIED_ENFORCEMENT_FILE, 10, "执法案卷"),
            row(DENIED_ADMINISTRATIVE_QUERY, 11, "行政查询", "查询事项"),
            row(UNABLE_NOT_HELD, 12, "不掌握"),
            row(UNABLE_NEEDS_CREATION, 13, "另行制作", "没有现成"),
            row(UNABLE_UNCLEAR, 14, "仍不明确", "补正后"),
            row(NOT_PROCESSED_COMPLAINT, 15, "信访", "举报投诉"),
            row(NOT_PROCESSED_DUPLICATE, 16, "重复申请"),
            row(NOT_PROCESSED_PUBLICATION, 17, "出版物"),
            row(NOT_PROCESSED_EXCESSIVE, 18, "大量反复", "反复申请"),
            row(NOT_PROCESSED_CONFIRMATION, 19, "重新出具", "确认或"),
            row(OTHER_NO_CORRECTION, 20, "不补正", "逾期不补"),
            row(OTHER_FEE_UNPAID, 21, "缴纳费用", "收费通知"),
            RowLabel.whole(OTHER_OTHER, 22, COLUMNS, OTHER_OTHER.label(), l -> JUST_OTHER.matcher(l).matches()),
            row(OTHER_UNSPLIT, 20, "其他处理"),
            row(TOTAL_PROCESSED, 23, "总计"),
            row(CARRIED_FORWARD, 24, "结转下年度", "下年度继续")));

    /** The 2021 layout: （六） split into three rows. */
    static final List<RequestRow> SPLIT_LAYOUT = List.of(RequestRow.values()).stream()
            .filter(r -> r != OTHER_UNSPLIT).toList();
    /** The 2019 layout (also used by some 2021 reports): （六） as one row. */
    static final List<RequestRow> UNSPLIT_LAYOUT = List.of(RequestRow.values()).stream()
            .filter(r -> r != OTHER_NO_CORRECTION && r != OTHER_FEE_UNPAID && r != OTHER_OTHER).toList();

    private RequestTemplate() {
    }

    private static RowLabel<RequestRow> row(RequestRow row, int order, String... keywords) {
        return RowLabel.of(row, order, COLUMNS, row.label(), keywords);
    }
}
