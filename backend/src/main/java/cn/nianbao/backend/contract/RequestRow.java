package cn.nianbao.backend.contract;

import java.util.Arrays;
import java.util.Optional;

/** The rows of 表三 收到和处理政府信息公开申请情况, in the order the national template prints them. */
public enum RequestRow {
    NEW_RECEIVED("new_received", Group.INTAKE, "一、本年新收政府信息公开申请数量"),
    CARRIED_OVER("carried_over", Group.INTAKE, "二、上年结转政府信息公开申请数量"),
    GRANTED("granted", Group.GRANTED, "（一）予以公开"),
    PARTIALLY_GRANTED("partially_granted", Group.PARTIALLY_GRANTED, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    DENIED_STATE_SECRET("denied_state_secret", Group.DENIED, "1.属于国家秘密"),
    DENIED_PROHIBITED_BY_LAW("denied_prohibited_by_law", Group.DENIED, "2.其他法律行政法规禁止公开"),
    DENIED_SECURITY_STABILITY("denied_security_stability", Group.DENIED, "3.危及“三安全一稳定”"),
    DENIED_THIRD_PARTY_RIGHTS("denied_third_party_rights", Group.DENIED, "4.保护第三方合法权益"),
    DENIED_INTERNAL_AFFAIRS("denied_internal_affairs", Group.DENIED, "5.属于三类内部事务信息"),
    DENIED_PROCESS_INFORMATION("denied_process_information", Group.DENIED, "6.属于四类过程性信息"),
    DENIED_ENFORCEMENT_FILE("denied_enforcement_file", Group.DENIED, "7.属于行政执法案卷"),
    DENIED_ADMINISTRATIVE_QUERY("denied_administrative_query", Group.DENIED, "8.属于行政查询事项"),
    UNABLE_NOT_HELD("unable_not_held", Group.UNABLE, "1.本机关不掌握相关政府信息"),
    UNABLE_NEEDS_CREATION("unable_needs_creation", Group.UNABLE, "2.没有现成信息需要另行制作"),
    UNABLE_UNCLEAR("unable_unclear", Group.UNABLE, "3.补正后申请内容仍不明确"),
    NOT_PROCESSED_COMPLAINT("not_processed_complaint", Group.NOT_PROCESSED, "1.信访举报投诉类申请"),
    NOT_PROCESSED_DUPLICATE("not_processed_duplicate", Group.NOT_PROCESSED, "2.重复申请"),
    NOT_PROCESSED_PUBLICATION("not_processed_publication", Group.NOT_PROCESSED, "3.要求提供公开出版物"),
    NOT_PROCESSED_EXCESSIVE("not_processed_excessive", Group.NOT_PROCESSED, "4.无正当理由大量反复申请"),
    NOT_PROCESSED_CONFIRMATION("not_processed_confirmation", Group.NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息"),
    OTHER_NO_CORRECTION("other_no_correction", Group.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_FEE_UNPAID("other_fee_unpaid", Group.OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER_OTHER("other_other", Group.OTHER, "3.其他"),
    OTHER_UNSPLIT("other_unsplit", Group.OTHER, "（六）其他处理"),
    TOTAL_PROCESSED("total_processed", Group.TOTAL, "（七）总计"),
    CARRIED_FORWARD("carried_forward", Group.CARRIED_FORWARD, "四、结转下年度继续办理");

    /** The blocks of the template; outcome groups (一)…(六) sum to (七). */
    public enum Group {
        INTAKE(null),
        GRANTED("（一）予以公开"),
        PARTIALLY_GRANTED("（二）部分公开"),
        DENIED("（三）不予公开"),
        UNABLE("（四）无法提供"),
        NOT_PROCESSED("（五）不予处理"),
        OTHER("（六）其他处理"),
        TOTAL(null),
        CARRIED_FORWARD(null);

        private final String label;

        Group(String label) {
            this.label = label;
        }

        /** The heading printed for a group of sub-rows, null for rows that stand alone. */
        public String label() {
            return label;
        }
    }

    private final String code;
    private final Group group;
    private final String label;

    RequestRow(String code, Group group, String label) {
        this.code = code;
        this.group = group;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public Group group() {
        return group;
    }

    public String label() {
        return label;
    }

    /** An outcome row: one of the rows that (七)总计 sums. */
    public boolean isOutcome() {
        return switch (group) {
            case INTAKE, TOTAL, CARRIED_FORWARD -> false;
            default -> true;
        };
    }

    public static Optional<RequestRow> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
