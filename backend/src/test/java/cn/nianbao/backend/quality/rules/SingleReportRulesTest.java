package cn.nianbao.backend.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.contract.OutcomeCounts;
import cn.nianbao.backend.contract.ReportFormat;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.contract.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each single-report rule on a real report: 淮安市人民政府 2024 (as published, it breaks none) and a change that
 * breaks the rule — the positive and the negative case of each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleReportRulesTest {

    private AnnualReport clean;

    @BeforeAll
    void theCleanRealReport() {
        clean = Reports.real("huaian-shi_2024");
    }

    @Test
    void theCleanReportBreaksNoRule() {
        assertThat(check(clean)).isEmpty();
    }

    @Test
    void intakeThatDoesNotBalance() {
        AnnualReport report = Reports.withRequest(Reports.withRequest(clean, RequestRow.NEW_RECEIVED,
                ApplicantColumn.NATURAL_PERSON, 3003), RequestRow.NEW_RECEIVED, ApplicantColumn.TOTAL, 3121);

        assertThat(codes(check(report), "T3_BALANCE")).extracting(QualityFinding::message).containsExactly(
                "表三 自然人：本年新收 + 上年结转 = 3037，办理结果总计 + 结转下年度 = 3035，相差 2",
                "表三 总计：本年新收 + 上年结转 = 3155，办理结果总计 + 结转下年度 = 3153，相差 2");
        assertThat(codes(check(report), "T3_BALANCE").getFirst().cells()).containsExactly(
                "requests.new_received.natural_person", "requests.carried_over.natural_person",
                "requests.total_processed.natural_person", "requests.carried_forward.natural_person");
        assertThat(codes(check(report), "T3_BALANCE").getFirst().severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aTotalColumnThatIsNotTheSumOfTheApplicants() {
        AnnualReport report = Reports.withRequest(clean, RequestRow.UNABLE_UNCLEAR, ApplicantColumn.TOTAL, 2);

        assertThat(codes(check(report), "T3_COLUMN_SUM")).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("表三 （四）无法提供 3.补正后申请内容仍不明确：各类申请人合计 1，总计栏 2，相差 1");
            assertThat(finding.cells()).hasSize(7).last().isEqualTo("requests.unable_unclear.total");
        });
    }

    @Test
    void outcomesThatDoNotAddUpToTheTotal() {
        AnnualReport report = Reports.withRequest(Reports.withRequest(clean, RequestRow.GRANTED,
                ApplicantColumn.NATURAL_PERSON, 1289), RequestRow.GRANTED, ApplicantColumn.TOTAL, 1363);

        assertThat(codes(check(report), "T3_OUTCOME_SUM")).extracting(QualityFinding::message).containsExactly(
                "表三 自然人：办理结果合计 2933，（七）总计 2932，相差 1",
                "表三 总计：办理结果合计 3051，（七）总计 3050，相差 1");
    }

    @Test
    void reviewTotalsThatAreNotTheSumOfTheOutcomes() {
        assertThat(codes(check(Reports.real("hongze-qu_2023")), "T4_SUM")).extracting(QualityFinding::message)
                .containsExactly("表四 行政复议：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 11，总计 0，相差 11",
                        "表四 行政诉讼（复议后起诉）：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 5，总计 0，相差 5");
        assertThat(codes(check(Reports.real("hongze-qu_2024")), "T4_SUM")).isEmpty();
    }

    @Test
    void negativeValues() {
        AnnualReport report = Reports.withReviews(clean, ReviewRow.LITIGATION_DIRECT,
                new OutcomeCounts(13, 4, 8, 1, -26));

        assertThat(codes(check(report), "NEGATIVE_VALUE")).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("表四 行政诉讼（未经复议直接起诉） 总计 为负数 -26");
            assertThat(finding.cells()).containsExactly("reviews.litigation_direct.total");
        });
    }

    @Test
    void blankCellsAreNamedOneByOneOrAsWholeColumns() {
        AnnualReport oneCell = Reports.withRequest(clean, RequestRow.CARRIED_OVER, ApplicantColumn.RESEARCH, null);
        AnnualReport wholeColumn = clean;
        for (RequestRow row : clean.requests().keySet()) {
            wholeColumn = Reports.withRequest(wholeColumn, row, ApplicantColumn.PUBLIC_INTEREST, null);
        }

        assertThat(codes(check(oneCell), "BLANK_CELL")).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.cells()).containsExactly("requests.carried_over.research");
            assertThat(finding.message()).isEqualTo("表三 有 1 个单元格空白（未填写，不等于 0）：二、上年结转政府信息公开申请数量 科研机构");
        });
        assertThat(codes(check(wholeColumn), "BLANK_CELL")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).endsWith("社会公益组织 一列全部空白"));
        assertThat(codes(check(oneCell), "T3_BALANCE")).as("a blank is not a 0: the sum is not known").isEmpty();
    }

    @Test
    void missingTablesByFormat() {
        AnnualReport noProactive = Reports.withProactive(clean, null);
        AnnualReport trialFormat = new AnnualReport(ReportFormat.F2019, clean.agency(), 2020, null, null,
                clean.requests(), clean.reviews(), clean.details());
        AnnualReport freeForm = new AnnualReport(ReportFormat.PRE2019, clean.agency(), 2017, null, null, null, null,
                clean.details());

        assertThat(codes(check(noProactive), "TABLE_MISSING")).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("年报中没有表二（主动公开政府信息情况）");
            assertThat(finding.cells()).containsExactly("proactive");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(codes(check(trialFormat), "TABLE_MISSING")).as("the 2019 trial format's 表二 is not in the contract")
                .isEmpty();
        assertThat(codes(check(freeForm), "TABLE_MISSING")).isEmpty();
    }

    @Test
    void missingAndEmptySections() {
        AnnualReport withoutFive = Reports.withSection(clean, 5, null);
        AnnualReport fiveSaysNothing = Reports.withSection(clean, 5, "无。");
        AnnualReport sixSaysNothing = Reports.withSection(clean, 6, "无。");
        AnnualReport noNarrative = clean.withDetails(AnnualReport.Details.NONE);

        assertThat(codes(check(withoutFive), "SECTION_MISSING")).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("正文第五部分“存在的主要问题及改进情况”缺失");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.cells()).containsExactly("sections.5");
        });
        assertThat(codes(check(fiveSaysNothing), "SECTION_MISSING")).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("正文第五部分“存在的主要问题及改进情况”只写了“无”");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(codes(check(sixSaysNothing), "SECTION_MISSING")).as("六 may well have nothing to report")
                .isEmpty();
        assertThat(codes(check(noNarrative), "SECTION_MISSING")).as("a report entered as tables: narrative unknown")
                .isEmpty();
    }

    @Test
    void theParsersRepeatedTablesAndAmbiguousCellsAsTheParserStatedThem() {
        List<Finding> parser = List.of(
                new Finding("TABLE_REPEATED", Severity.ERROR, "表三重复印了 2 次，两次内容不一致", List.of()),
                new Finding("AMBIGUOUS_CELL", Severity.WARNING, "表三 一、本年新收 有两种读法", List.of(
                        "requests.new_received.natural_person")),
                new Finding("READING_ORDER", Severity.INFO, "数字按勾稽关系排序", List.of()));

        List<QualityFinding> found = SingleReportRules.check(clean, parser, SourcePositions.NONE);

        assertThat(found).extracting(QualityFinding::code, QualityFinding::severity, QualityFinding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TABLE_REPEATED", Severity.ERROR,
                                "表三重复印了 2 次，两次内容不一致"),
                        org.assertj.core.groups.Tuple.tuple("AMBIGUOUS_CELL", Severity.WARNING,
                                "表三 一、本年新收 有两种读法"));
        assertThat(SingleReportRules.forParsedDocument(clean, parser, SourcePositions.NONE)).extracting(Finding::code)
                .as("the parse output keeps the parser's own notes too")
                .containsExactly("READING_ORDER", "TABLE_REPEATED", "AMBIGUOUS_CELL");
    }

    @Test
    void figuresTheTextStatesAgainstTheTables() {
        AnnualReport hongze2024 = Reports.real("hongze-qu_2024");
        AnnualReport fewer = Reports.withSection(clean, 1, "2024年，全市共收到政府信息公开申请 24 件，办结 23 件。");
        AnnualReport stated = Reports.withRequest(Reports.withRequest(fewer, RequestRow.NEW_RECEIVED,
                ApplicantColumn.TOTAL, 24), RequestRow.TOTAL_PROCESSED, ApplicantColumn.TOTAL, 23);

        assertThat(codes(check(hongze2024), "TEXT_TABLE_MISMATCH")).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("正文第一部分称“区政府办代表区政府受理政府信息公开申请 17 件”，即本年新收申请 17；"
                    + "表三 一、本年新收政府信息公开申请数量 总计为 95，相差 78");
            assertThat(finding.cells()).containsExactly("requests.new_received.total");
            assertThat(finding.source()).singleElement().satisfies(place -> {
                assertThat(place.section()).isEqualTo(1);
                assertThat(hongze2024.details().sections().getFirst().text()
                        .substring(place.offset(), place.offset() + place.length())).contains("17");
            });
        });
        assertThat(codes(check(fewer), "TEXT_TABLE_MISMATCH")).extracting(QualityFinding::message)
                .containsExactly("正文第一部分称“全市共收到政府信息公开申请 24 件”，即本年新收申请 24；"
                                + "表三 一、本年新收政府信息公开申请数量 总计为 3119，相差 3095",
                        "正文第一部分称“办结 23 件”，即办结（答复）的申请 23；表三 （七）总计 总计为 3050，相差 3027");
        assertThat(codes(check(stated), "TEXT_TABLE_MISMATCH")).isEmpty();
        assertThat(codes(check(clean), "TEXT_TABLE_MISMATCH")).as("淮安市 states nine figures, all as in its tables")
                .isEmpty();
    }

    @Test
    void anUncertainStatementIsNeverAFinding() {
        AnnualReport twice = Reports.withSection(clean, 1,
                "全市共收到政府信息公开申请 24 件。市政府办公室受理政府信息公开申请 12 件。");
        AnnualReport withCarryOver = Reports.withSection(clean, 1, "全年共收到政府信息公开申请 3153 件（含上年结转）。");
        AnnualReport approximate = Reports.withSection(clean, 1, "全年共收到政府信息公开申请约 3000 件，同比增长 10 件。");

        assertThat(codes(check(twice), "TEXT_TABLE_MISMATCH")).as("two different numbers for one figure").isEmpty();
        assertThat(codes(check(withCarryOver), "TEXT_TABLE_MISMATCH")).as("new and carried over together: 3119 + 34")
                .isEmpty();
        assertThat(codes(check(approximate), "TEXT_TABLE_MISMATCH")).isEmpty();
    }

    @Test
    void feesAboveZeroThatSectionSixDoesNotExplain() {
        AnnualReport silent = Reports.withSection(clean, 6, "无。");
        AnnualReport noFees = Reports.withFees(silent, "0");

        assertThat(codes(check(silent), "FEE_NOT_EXPLAINED")).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("表二 行政事业性收费 本年收费金额为 96171.6 万元，正文第六部分“其他需要报告的事项”未提及收费");
            assertThat(finding.cells()).containsExactly("proactive.fees.amount_wan_yuan", "sections.6");
        });
        assertThat(codes(check(clean), "FEE_NOT_EXPLAINED")).as("六 speaks of 信息处理费").isEmpty();
        assertThat(codes(check(noFees), "FEE_NOT_EXPLAINED")).isEmpty();
    }

    @Test
    void signedOnOrBeforeTheLastDayOfThePeriod() {
        assertThat(codes(check(Reports.signedOn(clean, LocalDate.of(2024, 12, 31))), "SIGNED_EARLY")).singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .isEqualTo("落款日期 2024-12-31 不晚于统计期末 2024-12-31，年报不应在所报年度结束前签发"));
        assertThat(codes(check(Reports.signedOn(clean, LocalDate.of(2025, 1, 20))), "SIGNED_EARLY")).isEmpty();
        assertThat(codes(check(Reports.real("shizui-zhen_2023")), "SIGNED_EARLY")).hasSize(1);
    }

    @Test
    void theTrialFormatInAReportForTwentyTwentyOneOrLater() {
        AnnualReport old = new AnnualReport(ReportFormat.F2019, clean.agency(), 2021, null, null, clean.requests(),
                clean.reviews(), clean.details());
        AnnualReport inItsTime = new AnnualReport(ReportFormat.F2019, clean.agency(), 2020, null, null,
                clean.requests(), clean.reviews(), clean.details());

        assertThat(codes(check(old), "OLD_FORMAT")).singleElement()
                .satisfies(finding -> assertThat(finding.cells()).containsExactly("format"));
        assertThat(codes(check(inItsTime), "OLD_FORMAT")).isEmpty();
    }

    private static List<QualityFinding> check(AnnualReport report) {
        return SingleReportRules.check(report, List.of(), SourcePositions.NONE);
    }

    private static List<QualityFinding> codes(List<QualityFinding> found, String code) {
        return found.stream().filter(finding -> finding.code().equals(code)).toList();
    }
}
