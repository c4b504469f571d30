package cn.nianbao.backend.audit;

/** What happened, as the audit log names it. */
public enum AuditAction {
    LOGIN_SUCCEEDED("登录成功"),
    LOGIN_FAILED("登录失败"),
    LOGIN_LOCKED("登录被锁定"),
    PASSWORD_CHANGED("修改密码"),
    REPORT_STORED("提交年报"),
    REPORT_CORRECTED("更正年报"),
    VERSION_ACTIVATED("恢复年报版本"),
    EXPORT("导出"),
    USER_CREATED("新建用户"),
    USER_CHANGED("修改用户"),
    PASSWORD_RESET("重置密码"),
    AGENCY_CREATED("新建机构"),
    AGENCY_CHANGED("修改机构"),
    FINDING_REVIEWED("审核质量问题"),
    QUALITY_RUN("运行质量检查"),
    QUALITY_RULE_CHANGED("修改督查规则");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
