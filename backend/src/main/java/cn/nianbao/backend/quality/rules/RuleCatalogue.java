package cn.nianbao.backend.quality.rules;

import java.util.List;
import java.util.Optional;

import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.contract.identity.IdentityKind;

/**
 * The built-in quality rules, written once as data. The four table identities and the two chains across years are
 * the identity catalogue's kinds ({@link IdentityKind}): a finding and the identity it breaks share one name.
 */
public final class RuleCatalogue {

    public static final Rule T3_BALANCE = rule(IdentityKind.T3_BALANCE.name(), Severity.ERROR, "表三收支不平衡",
            "表三每一列：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度",
            "{subject}：本年新收 + 上年结转 = {left}，办理结果总计 + 结转下年度 = {right}，相差 {difference}");
    public static final Rule T3_COLUMN_SUM = rule(IdentityKind.T3_COLUMN_SUM.name(), Severity.ERROR,
            "表三总计栏不等于各类申请人之和", "表三每一行：总计 = 自然人 + 五类法人或其他组织",
            "{subject}：各类申请人合计 {left}，总计栏 {right}，相差 {difference}");
    public static final Rule T3_OUTCOME_SUM = rule(IdentityKind.T3_OUTCOME_SUM.name(), Severity.ERROR,
            "表三办理结果合计不等于（七）总计", "表三每一列：（七）总计 = （一）至（六）各项办理结果之和",
            "{subject}：办理结果合计 {left}，（七）总计 {right}，相差 {difference}");
    public static final Rule T4_SUM = rule(IdentityKind.T4_SUM.name(), Severity.ERROR, "表四总计不等于各项结果之和",
            "表四每一组：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计",
            "{subject}：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = {left}，总计 {right}，相差 {difference}");
    public static final Rule NEGATIVE_VALUE = rule("NEGATIVE_VALUE", Severity.ERROR, "负数", "表格中的件数和金额不能为负数",
            "{cell} 为负数 {value}");
    public static final Rule BLANK_CELL = rule("BLANK_CELL", Severity.WARNING, "空白单元格",
            "表格中的单元格空白（未填写）：空白不是 0，合计无法核对",
            "{table} 有 {count} 个单元格空白（未填写，不等于 0）：{where}");
    public static final Rule TABLE_MISSING = rule("TABLE_MISSING", Severity.ERROR, "缺表",
            "年报缺少标准表格（2021 版格式为表二、表三、表四；2019 版试行格式为表三、表四）", "年报中没有{table}");
    public static final Rule SECTION_MISSING = rule("SECTION_MISSING", Severity.ERROR, "正文部分缺失",
            "正文缺少第一（总体情况）、五（存在的主要问题及改进情况）或六（其他需要报告的事项）部分；第五部分为空或只写“无”为警告",
            "正文第{number}部分“{heading}”{problem}");
    public static final Rule TABLE_REPEATED = parser("TABLE_REPEATED", Severity.WARNING, "表格重复",
            "同一张表印了不止一次：各次一致为警告，不一致为错误（由解析器在读取原件时发现）");
    public static final Rule AMBIGUOUS_CELL = parser("AMBIGUOUS_CELL", Severity.WARNING, "单元格无法确定",
            "原件中的数字有不止一种读法都符合勾稽关系，单元格留空（由解析器在读取原件时发现）");
    public static final Rule TEXT_TABLE_MISMATCH = rule("TEXT_TABLE_MISMATCH", Severity.WARNING, "正文与表格不一致",
            "正文中写明的件数（收到、办结、结转的申请，行政复议、行政诉讼，制发的文件）与表格不一致",
            "正文第{section}部分称“{excerpt}”，即{what} {stated}；{cell_label}为 {table}，相差 {difference}");
    public static final Rule FEE_NOT_EXPLAINED = rule("FEE_NOT_EXPLAINED", Severity.WARNING, "收费未说明",
            "表二行政事业性收费金额大于 0，正文第六部分（其他需要报告的事项）却未提及收费",
            "表二 行政事业性收费 本年收费金额为 {amount} 万元，正文第六部分“其他需要报告的事项”{problem}");
    public static final Rule SIGNED_EARLY = rule("SIGNED_EARLY", Severity.WARNING, "落款日期过早",
            "落款日期不晚于所报年度（统计期）的最后一天：年报不能在年度结束前写成",
            "落款日期 {signed_on} 不晚于统计期末 {period_end}，年报不应在所报年度结束前签发");
    public static final Rule OLD_FORMAT = rule("OLD_FORMAT", Severity.WARNING, "仍用旧版格式",
            "2021 年度及以后的年报仍使用 2019 版试行格式的表格",
            "{year} 年度年报仍使用 2019 版试行格式的表格，自 2021 年度起应使用国办公开办函〔2021〕30号规定的格式");
    public static final Rule CARRY_OVER = rule(IdentityKind.CARRY_OVER.name(), Severity.ERROR, "结转不衔接",
            "表三每一列：上一年度的 四、结转下年度继续办理 = 本年度的 二、上年结转",
            "{subject}：{previous_year} 年度结转下年度 {left}，{year} 年度上年结转 {right}，相差 {difference}");
    public static final Rule IN_FORCE_CHAIN = rule(IdentityKind.IN_FORCE_CHAIN.name(), Severity.WARNING,
            "现行有效件数不衔接", "表二 规章、行政规范性文件：上年现行有效 + 本年制发 − 本年废止 = 本年现行有效",
            "{subject}：{previous_year} 年度现行有效 + 本年制发 = {left}，本年废止 + 本年现行有效 = {right}，相差 {difference}");
    public static final Rule LATE_PUBLICATION = rule("LATE_PUBLICATION", Severity.WARNING, "逾期发布",
            "年报晚于法定期限发布：次年 1 月 31 日，县级以上人民政府为次年 3 月 31 日",
            "{year} 年度年报于 {published_on} 发布，晚于法定期限 {deadline}（逾期 {days} 天）");
    public static final Rule MISSING_REPORT = rule("MISSING_REPORT", Severity.ERROR, "缺报",
            "应报年度（按机构的应报年度）已过法定期限，仍没有年报；已撤并、尚未设立的年度不算",
            "{agency} 应于 {deadline} 前发布 {year} 年度年报，至今没有");
    public static final Rule TEXT_REPEATED = rule("TEXT_REPEATED", Severity.WARNING, "正文重复",
            "正文（第一、五、六部分）与本机关上一年度年报重复超过 50%，或与其他机关同年度年报重复超过 80%（按 5 字片段计算本报告正文在对方正文中的占比）",
            "正文与{compared}重复 {similarity}%（超过 {limit}%），重复段落如：“{passage}”");
    public static final Rule AGENCY_MISMATCH = rule("AGENCY_MISMATCH", Severity.WARNING, "机构不符",
            "年报标题中的机构与保存该年报的机构不一致",
            "年报标题中的机构“{printed}”与所选机构“{agency}”不一致：已保存，请核对是否放错了机构");
    public static final Rule THRESHOLD = rule("THRESHOLD", Severity.WARNING, "督查规则",
            "督查人员按分析指标设定的阈值规则（见 /api/quality/rules），严重程度由规则设定",
            "{rule_name}：{metric} {observed}，{condition}");

    private static final List<Rule> ALL = List.of(T3_BALANCE, T3_COLUMN_SUM, T3_OUTCOME_SUM, T4_SUM, NEGATIVE_VALUE,
            BLANK_CELL, TABLE_MISSING, SECTION_MISSING, TABLE_REPEATED, AMBIGUOUS_CELL, TEXT_TABLE_MISMATCH,
            FEE_NOT_EXPLAINED, SIGNED_EARLY, OLD_FORMAT, CARRY_OVER, IN_FORCE_CHAIN, LATE_PUBLICATION, MISSING_REPORT,
            TEXT_REPEATED, AGENCY_MISMATCH, THRESHOLD);

    private RuleCatalogue() {
    }

    /** Every built-in rule: one report first, then across reports, then the supervisors' threshold rules. */
    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> find(String code) {
        return ALL.stream().filter(rule -> rule.code().equals(code)).findFirst();
    }

    /** The rule of an identity family: the same name. */
    public static Rule of(IdentityKind kind) {
        return find(kind.name()).orElseThrow();
    }

    /** Whether the rule set owns this code (a parser code such as READING_ORDER is not a quality rule). */
    public static boolean owns(String code) {
        return find(code).isPresent();
    }

    private static Rule rule(String code, Severity severity, String name, String description, String template) {
        Rule.Reach reach = switch (code) {
            case "CARRY_OVER", "IN_FORCE_CHAIN", "LATE_PUBLICATION", "MISSING_REPORT", "TEXT_REPEATED",
                 "AGENCY_MISMATCH", "THRESHOLD" -> Rule.Reach.ACROSS_REPORTS;
            default -> Rule.Reach.ONE_REPORT;
        };
        return new Rule(code, severity, name, description, new MessageTemplate(template), reach, Rule.Origin.RULES);
    }

    /** A finding of the parser's, adopted with the parser's own message and severity. */
    private static Rule parser(String code, Severity severity, String name, String description) {
        return new Rule(code, severity, name, description, new MessageTemplate("{message}"), Rule.Reach.ONE_REPORT,
                Rule.Origin.PARSER);
    }
}
