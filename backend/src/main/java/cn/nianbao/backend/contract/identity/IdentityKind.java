package cn.nianbao.backend.contract.identity;

/**
 * The families of 勾稽关系 the national template implies. The names are the codes of the quality rules that check
 * them, so a finding and the identity it breaks share one name.
 */
public enum IdentityKind {
    /** 一 + 二 = 三（七）总计 + 四, in each applicant column of 表三. */
    T3_BALANCE("本年新收 + 上年结转 = 办理结果总计 + 结转下年度", false),
    /** 总计 = the six applicant columns, in each row of 表三. */
    T3_COLUMN_SUM("总计 = 各类申请人之和", false),
    /** （七）总计 = the outcome rows （一）…（六）, in each applicant column of 表三. */
    T3_OUTCOME_SUM("办理结果总计 = 各项办理结果之和", false),
    /** 维持 + 纠正 + 其他 + 尚未审结 = 总计, in each group of 表四. */
    T4_SUM("结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计", false),
    /** Last year's 现行有效 + this year's 制发 = this year's 废止 + 现行有效, for 规章 and 规范性文件 in 表二. */
    IN_FORCE_CHAIN("上年现行有效 + 本年制发 − 本年废止 = 本年现行有效", true),
    /** Last year's 四、结转下年度 = this year's 二、上年结转, in each applicant column of 表三. */
    CARRY_OVER("上年结转下年度 = 本年上年结转", true);

    private final String statement;
    private final boolean acrossYears;

    IdentityKind(String statement, boolean acrossYears) {
        this.statement = statement;
        this.acrossYears = acrossYears;
    }

    /** The identity in words, as a supervisor states it. */
    public String statement() {
        return statement;
    }

    /** Whether it relates a report to the same body's report of the year before. */
    public boolean acrossYears() {
        return acrossYears;
    }
}
