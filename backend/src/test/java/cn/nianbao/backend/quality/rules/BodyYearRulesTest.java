package cn.nianbao.backend.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.NarrativeSection;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.contract.SourceLocation;
import cn.nianbao.backend.contract.SourceRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The rules across reports, each with its positive and negative case, on 洪泽区's real 2023 and 2024 reports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyYearRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ReportFacts.Body HONGZE = new ReportFacts.Body(1, "js.huaian.hongze", "淮安市洪泽区人民政府", true,
            true);
    private static final ReportFacts.Body TOWNSHIP = new ReportFacts.Body(2, "t", "示例镇人民政府", false, true);

    private AnnualReport hongze2023;
    private AnnualReport hongze2024;

    @BeforeAll
    void theRealReports() {
        hongze2023 = Reports.real("hongze-qu_2023");
        hongze2024 = Reports.real("hongze-qu_2024");
    }

    @Test
    void theRealReportsFollowEachOther() {
        assertThat(codes(facts(HONGZE, 2024, hongze2024, hongze2023))).containsExactly("TEXT_TABLE_MISMATCH");
    }

    @Test
    void carriedForwardThatIsNotCarriedOver() {
        AnnualReport carried = Reports.withRequest(Reports.withRequest(hongze2024, RequestRow.CARRIED_OVER,
                ApplicantColumn.NATURAL_PERSON, 3), RequestRow.CARRIED_OVER, ApplicantColumn.TOTAL, 3);

        List<QualityFinding> found = only(BodyYearRules.check(facts(HONGZE, 2024, carried, hongze2023)), "CARRY_OVER");

        assertThat(found).extracting(QualityFinding::message).containsExactly(
                "表三 自然人：2023 年度结转下年度 0，2024 年度上年结转 3，相差 3",
                "表三 总计：2023 年度结转下年度 0，2024 年度上年结转 3，相差 3");
        assertThat(found.getFirst().cells()).containsExactly("previous.requests.carried_forward.natural_person",
                "requests.carried_over.natural_person");
        assertThat(found.getFirst().relatedVersionId()).isEqualTo(2023);
        assertThat(only(BodyYearRules.check(facts(HONGZE, 2024, carried, null)), "CARRY_OVER"))
                .as("no report of last year: nothing to compare").isEmpty();
    }

    @Test
    void documentsInForceThatDoNotFollowLastYears() {
        AnnualReport inForce = Reports.withProactive(hongze2024, withNormativeInForce(hongze2024, 9));

        assertThat(only(BodyYearRules.check(facts(HONGZE, 2024, inForce, hongze2023)), "IN_FORCE_CHAIN"))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.message()).isEqualTo(
                            "表二 行政规范性文件：2023 年度现行有效 + 本年制发 = 8，本年废止 + 本年现行有效 = 9，相差 1");
                    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                    assertThat(finding.cells()).containsExactly("previous.proactive.normative_documents.in_force",
                            "proactive.normative_documents.issued", "proactive.normative_documents.repealed",
                            "proactive.normative_documents.in_force");
                });
    }

    @Test
    void publishedAfterTheDeadlineOfItsKindOfBody() {
        AnnualReport february = Reports.publishedOn(hongze2024, LocalDate.of(2025, 2, 15));

        assertThat(only(BodyYearRules.check(facts(TOWNSHIP, 2024, february, null)), "LATE_PUBLICATION"))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.message()).isEqualTo("2024 年度年报于 2025-02-15 发布，晚于法定期限 2025-01-31（逾期 15 天）");
                    assertThat(finding.cells()).containsExactly("published_on");
                });
        assertThat(only(BodyYearRules.check(facts(HONGZE, 2024, february, null)), "LATE_PUBLICATION"))
                .as("a people's government has until 31 March").isEmpty();
        assertThat(only(BodyYearRules.check(facts(TOWNSHIP, 2024, Reports.publishedOn(hongze2024,
                LocalDate.of(2025, 1, 31)), null)), "LATE_PUBLICATION")).isEmpty();
    }

    @Test
    void missingWhenExpectedCollectedAndDue() {
        ReportFacts missing = new ReportFacts(TOWNSHIP, 2024, null, null, null, null, List.of(), TODAY, true);
        ReportFacts merged = new ReportFacts(new ReportFacts.Body(2, "t", "示例镇人民政府", false, false), 2024, null, null,
                null, null, List.of(), TODAY, true);
        ReportFacts notYetDue = new ReportFacts(TOWNSHIP, 2024, null, null, null, null, List.of(),
                LocalDate.of(2025, 1, 31), true);
        ReportFacts notCollected = new ReportFacts(TOWNSHIP, 2025, null, null, null, null, List.of(), TODAY, false);

        assertThat(BodyYearRules.check(missing)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("MISSING_REPORT");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message()).isEqualTo("示例镇人民政府 应于 2025-01-31 前发布 2024 年度年报，至今没有");
        });
        assertThat(BodyYearRules.check(merged)).as("merged away: not expected").isEmpty();
        assertThat(BodyYearRules.check(notYetDue)).isEmpty();
        assertThat(BodyYearRules.check(notCollected)).as("nobody's 2025 report is in yet").isEmpty();
    }

    @Test
    void textRepeatedFromLastYear() {
        AnnualReport copied = Reports.withSection(Reports.withSection(hongze2024, 1,
                hongze2023.details().sections().getFirst().text().replace("2023", "2024")), 5,
                section(hongze2023, 5));

        assertThat(only(BodyYearRules.check(facts(HONGZE, 2024, copied, hongze2023)), "TEXT_REPEATED"))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.message()).startsWith("正文与本机关 2023 年度年报重复 ").contains("（超过 50%）");
                    assertThat(finding.cells()).containsExactly("sections.1", "sections.5", "sections.6");
                    assertThat(finding.source()).isNotEmpty().allSatisfy(passage ->
                            assertThat(passage.excerpt()).isNotBlank());
                    assertThat(finding.relatedVersionId()).isEqualTo(2023);
                });
        double real = TextSimilarity.containment(NarrativeText.of(hongze2024), NarrativeText.of(hongze2023));
        assertThat(real).as("洪泽区 2024 repeats 2023 in part, not above half").isBetween(0.3, 0.5);
        assertThat(only(BodyYearRules.check(facts(HONGZE, 2024, hongze2024, hongze2023)), "TEXT_REPEATED")).isEmpty();
    }

    @Test
    void textRepeatedFromAnotherBody() {
        AnnualReport huaian = Reports.real("huaian-shi_2024");
        NarrativeText huaianText = NarrativeText.of(huaian);
        AnnualReport copy = Reports.withSection(Reports.withSection(Reports.withSection(hongze2024, 1,
                section(huaian, 1).replace("我市", "我区")), 5, section(huaian, 5)), 6, section(huaian, 6));
        double share = TextSimilarity.containment(NarrativeText.of(copy), huaianText);
        ReportFacts copied = new ReportFacts(HONGZE, 2024, new ReportFacts.Version(24, 1, copy), null, true,
                new ReportFacts.TextCopy(77, "淮安市人民政府", 2024, share, huaianText), List.of(), TODAY, true);
        ReportFacts unlike = new ReportFacts(HONGZE, 2024, new ReportFacts.Version(24, 1, hongze2024), null, true,
                new ReportFacts.TextCopy(77, "淮安市人民政府", 2024, TextSimilarity.containment(
                        NarrativeText.of(hongze2024), huaianText), huaianText), List.of(), TODAY, true);

        assertThat(only(BodyYearRules.check(copied), "TEXT_REPEATED")).singleElement().satisfies(finding -> {
            assertThat(finding.message()).startsWith("正文与淮安市人民政府 2024 年度年报重复 ").contains("（超过 80%）");
            assertThat(finding.relatedVersionId()).isEqualTo(77);
        });
        assertThat(only(BodyYearRules.check(unlike), "TEXT_REPEATED")).isEmpty();
    }

    @Test
    void anotherBodysNameInTheTitle() {
        ReportFacts mismatch = new ReportFacts(HONGZE, 2024, new ReportFacts.Version(24, 1, hongze2024), null, false,
                null, List.of(), TODAY, true);

        assertThat(only(BodyYearRules.check(mismatch), "AGENCY_MISMATCH")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).isEqualTo(
                        "年报标题中的机构“淮安市洪泽区人民政府”与所选机构“淮安市洪泽区人民政府”不一致：已保存，请核对是否放错了机构"));
        assertThat(only(BodyYearRules.check(facts(HONGZE, 2024, hongze2024, null)), "AGENCY_MISMATCH")).isEmpty();
    }

    @Test
    void theSourcePlacesAreReadOnlyWhenAFindingNeedsAPlace() {
        AtomicInteger asked = new AtomicInteger();
        SourceRows rows = new SourceRows(Map.of("requests.carried_over",
                new SourceRows.Place(3, 41, "（一）上年结转政府信息公开申请数量 3 0 0 0 0 0 3")));
        Supplier<SourceRows> counted = () -> {
            asked.incrementAndGet();
            return rows;
        };
        AnnualReport carried = Reports.withRequest(hongze2024, RequestRow.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON,
                3);

        assertThat(codes(new ReportFacts(HONGZE, 2024, new ReportFacts.Version(2024, 1, hongze2024, null, counted),
                new ReportFacts.Version(2023, 1, hongze2023), true, null, List.of(), TODAY, true)))
                .containsExactly("TEXT_TABLE_MISMATCH");
        assertThat(asked).as("no finding on a table cell: the places stay unread").hasValue(0);

        List<QualityFinding> found = BodyYearRules.check(new ReportFacts(HONGZE, 2024,
                new ReportFacts.Version(2024, 1, carried, null, counted), new ReportFacts.Version(2023, 1, hongze2023),
                true, null, List.of(), TODAY, true));
        assertThat(only(found, "CARRY_OVER")).first().satisfies(finding -> assertThat(finding.source())
                .extracting(SourceLocation::line).containsExactly(41));
        assertThat(asked.get()).isPositive();
    }

    @Test
    void percentagesAreShownToOneDecimalAndRoundedDown() {
        assertThat(BodyYearRules.percent(0.5086).toPlainString()).isEqualTo("50.8");
        assertThat(BodyYearRules.above(0.5086, 50)).isTrue();
        assertThat(BodyYearRules.above(0.50009, 50)).as("shows as 50, is not shown above it").isFalse();
        assertThat(BodyYearRules.percent(1.0).toPlainString()).isEqualTo("100");
    }

    private static ReportFacts facts(ReportFacts.Body body, int year, AnnualReport current, AnnualReport previous) {
        return new ReportFacts(body, year, new ReportFacts.Version(year, 1, current),
                previous == null ? null : new ReportFacts.Version(year - 1, 1, previous), true, null, List.of(), TODAY,
                true);
    }

    private static java.util.Map<cn.nianbao.backend.contract.ProactiveRow, cn.nianbao.backend.contract.ProactiveCells>
            withNormativeInForce(AnnualReport report, int inForce) {
        var rows = new java.util.EnumMap<>(report.proactive());
        var cells = rows.get(cn.nianbao.backend.contract.ProactiveRow.NORMATIVE_DOCUMENTS);
        rows.put(cn.nianbao.backend.contract.ProactiveRow.NORMATIVE_DOCUMENTS,
                cn.nianbao.backend.contract.ProactiveCells.documents(cells.issued(), cells.repealed(), inForce));
        return rows;
    }

    private static String section(AnnualReport report, int number) {
        return report.details().sections().stream().filter(s -> s.number() == number).map(NarrativeSection::text)
                .findFirst().orElseThrow();
    }

    private static List<String> codes(ReportFacts facts) {
        return BodyYearRules.check(facts).stream().map(QualityFinding::code).toList();
    }

    private static List<QualityFinding> only(List<QualityFinding> found, String code) {
        return found.stream().filter(finding -> finding.code().equals(code)).toList();
    }
}
