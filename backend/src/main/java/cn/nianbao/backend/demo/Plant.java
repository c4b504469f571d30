package cn.nianbao.backend.demo;

import java.util.List;

/** A problem planted in the demo city on purpose, so that the quality checks have something to find. */
enum Plant {
    NONE,
    MISSING,
    LATE,
    OUTCOMES_DO_NOT_ADD_UP,
    INTAKE_DOES_NOT_BALANCE,
    REVIEW_TOTAL_WRONG,
    CARRY_OVER_BREAK,
    BLANK_CELLS,
    TEXT_COPIED_FROM_LAST_YEAR,
    TEXT_COPIED_FROM_OTHER;

    /** The body whose narrative {@link #TEXT_COPIED_FROM_OTHER} copies (code suffix under the city). */
    static final String COPIED_BODY = "t05";

    /** Where each problem is planted: the body (code suffix under the city), the year, and what a supervisor sees. */
    record Site(String suffix, int year, Plant plant, String description) {
    }

    static final List<Site> SITES = List.of(
            new Site("t07", 2022, MISSING, "未发布 2022 年度年报"),
            new Site("d04", 2023, MISSING, "未发布 2023 年度年报"),
            new Site("t10", 2021, LATE, "2021 年度年报晚于 2022 年 1 月 31 日发布"),
            new Site("d05", 2023, LATE, "2023 年度年报晚于 2024 年 1 月 31 日发布"),
            new Site("t08", 2020, OUTCOMES_DO_NOT_ADD_UP, "表三自然人列：各办理结果之和比（七）总计多 1"),
            new Site("t09", 2023, INTAKE_DOES_NOT_BALANCE, "表三自然人列及总计列：一+二 不等于 三（七）+四（本年新收多填 2）"),
            new Site("d07", 2022, REVIEW_TOTAL_WRONG, "表四行政复议：维持+纠正+其他+尚未审结 不等于 总计（差 1）"),
            new Site("t11", 2022, CARRY_OVER_BREAK, "表三自然人列：上年结转比 2021 年度结转下年度多 3"),
            new Site("t13", 2022, BLANK_CELLS, "表三科研机构、社会公益组织两列整列空白（未填写）"),
            new Site("t12", 2024, TEXT_COPIED_FROM_LAST_YEAR, "正文照搬本机关 2023 年度年报（只改了数字）"),
            new Site("t06", 2023, TEXT_COPIED_FROM_OTHER, "正文照搬北山街道办事处 2023 年度年报（只改了机构名称和数字）"));

    static Plant of(String rootCode, String agencyCode, int year) {
        for (Site site : SITES) {
            if (site.year() == year && agencyCode.equals(rootCode + "." + site.suffix())) {
                return site.plant();
            }
        }
        return NONE;
    }
}
