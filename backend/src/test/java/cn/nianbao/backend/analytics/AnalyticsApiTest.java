package cn.nianbao.backend.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.OutcomeCounts;
import cn.nianbao.backend.contract.ReportFormat;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The analytics endpoints on a small region whose every point is known by construction:
 * <pre>
 *   r    某县人民政府 (2019–)      2020: 99 (the region's own report is not one of its series)
 *   r.a  甲镇 TOWNSHIP (2019–)     2019: 7 (2019 layout) · 2020: 0 · 2021: blank · 2022: no 表三 · 2023: none
 *   r.b  乙乡 TOWNSHIP (2019–2020) never reported
 *   r.c  教育局 DEPARTMENT (2019–) 2021: 40, published late
 *   r.d  丙镇 TOWNSHIP (2021–)     2021: 40, no case handled · 2022: 12
 * </pre>
 */
@BackendIntegrationTest
class AnalyticsApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    AgencyDirectory agencies;
    @Autowired
    ReportService reports;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void aSmallRegion() {
        TestDatabase.truncate(dsl);
        body("r", "某县人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, new ReportingPeriod(2019, null));
        body("r.a", "甲镇人民政府", AgencyKind.TOWNSHIP, "r", new ReportingPeriod(2019, null));
        body("r.b", "乙乡人民政府", AgencyKind.TOWNSHIP, "r", new ReportingPeriod(2019, 2020));
        body("r.c", "某县教育局", AgencyKind.DEPARTMENT, "r", new ReportingPeriod(2019, null));
        body("r.d", "丙镇人民政府", AgencyKind.TOWNSHIP, "r", new ReportingPeriod(2021, null));
        store("r", 2020, report(ReportFormat.F2021).received(99));
        store("r.a", 2019, report(ReportFormat.F2019).received(7).row(RequestRow.GRANTED, 5)
                .row(RequestRow.PARTIALLY_GRANTED, 1).row(RequestRow.OTHER_UNSPLIT, 1)
                .row(RequestRow.TOTAL_PROCESSED, 7));
        store("r.a", 2020, report(ReportFormat.F2021).received(0));
        store("r.a", 2021, report(ReportFormat.F2021).received(null).published(LocalDate.of(2022, 1, 20)));
        store("r.a", 2022, report(ReportFormat.F2021).withoutTable3());
        store("r.c", 2021, report(ReportFormat.F2021).received(40).row(RequestRow.GRANTED, 30)
                .row(RequestRow.PARTIALLY_GRANTED, 2).row(RequestRow.DENIED_STATE_SECRET, 1)
                .row(RequestRow.OTHER_NO_CORRECTION, 1).row(RequestRow.OTHER_FEE_UNPAID, 0)
                .row(RequestRow.OTHER_OTHER, 2).row(RequestRow.TOTAL_PROCESSED, 40)
                .review(ReviewRow.ADMINISTRATIVE_REVIEW, 2, 1, 0, 1, 4)
                .review(ReviewRow.LITIGATION_DIRECT, 1, 0, 0, 0, 1)
                .review(ReviewRow.LITIGATION_AFTER_REVIEW, 0, 1, 0, 0, 1)
                .published(LocalDate.of(2022, 2, 10)));
        store("r.d", 2021, report(ReportFormat.F2021).received(40).row(RequestRow.GRANTED, 0)
                .row(RequestRow.PARTIALLY_GRANTED, 0).row(RequestRow.OTHER_NO_CORRECTION, 0)
                .row(RequestRow.OTHER_FEE_UNPAID, 0).row(RequestRow.OTHER_OTHER, null)
                .row(RequestRow.TOTAL_PROCESSED, 0)
                .review(ReviewRow.ADMINISTRATIVE_REVIEW, 0, 0, 0, 0, 0)
                .review(ReviewRow.LITIGATION_DIRECT, 0, 0, 0, 0, 0)
                .review(ReviewRow.LITIGATION_AFTER_REVIEW, 0, 0, 0, 0, 0));
        store("r.d", 2022, report(ReportFormat.F2021).received(12).published(LocalDate.of(2023, 1, 5)));
        TestUsers.create(context, "admin", Role.ADMIN, null);
        TestUsers.create(context, "clerk", Role.CLERK, "r.a");
        web = TestUsers.as(web, context, "admin");
    }

    @Test
    void tellsPrintedZeroBlankMissingTableMissingReportAndNotExpectedApart() {
        web.get().uri("/api/analytics/series?region=r&metric=requests.new_received.total&from=2019&to=2023&kind=TOWNSHIP")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.region.name").isEqualTo("某县人民政府")
                .jsonPath("$.region.demo").isEqualTo(false)
                .jsonPath("$.metric.id").isEqualTo("requests.new_received.total")
                .jsonPath("$.metric.label").isEqualTo("本年新收申请数量")
                .jsonPath("$.metric.unit").isEqualTo("件")
                .jsonPath("$.metric.kind").isEqualTo("count")
                .jsonPath("$.metric.group").isEqualTo("requests")
                .jsonPath("$.years").value(years -> assertThat((List<Object>) years)
                        .containsExactly(2019, 2020, 2021, 2022, 2023))
                .jsonPath("$.series[*].agency_code").value(codes -> assertThat((List<Object>) codes)
                        .containsExactly("r.a", "r.b", "r.d"))
                .jsonPath("$.series[0].points[*].state").value(states -> assertThat((List<Object>) states)
                        .containsExactly("reported", "reported", "blank", "table_missing", "missing"))
                .jsonPath("$.series[0].points[*].value").value(values -> assertThat((List<Object>) values)
                        .containsExactly(7, 0, null, null, null))
                .jsonPath("$.series[0].points[0].numerator").isEmpty()
                .jsonPath("$.series[0].points[0].reliable").isEmpty()
                .jsonPath("$.series[0].points[0].has_value").doesNotExist()
                .jsonPath("$.series[1].points[*].state").value(states -> assertThat((List<Object>) states)
                        .containsExactly("missing", "missing", "not_expected", "not_expected", "not_expected"))
                .jsonPath("$.series[2].points[*].state").value(states -> assertThat((List<Object>) states)
                        .containsExactly("not_expected", "not_expected", "reported", "reported", "missing"));
    }

    @Test
    void withoutAKindListsEveryBodyStrictlyUnderTheRegion() {
        web.get().uri("/api/analytics/series?region=r&metric=requests.new_received.total&from=2021&to=2021").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.series[*].agency_code").value(codes -> assertThat((List<Object>) codes)
                        .containsExactly("r.a", "r.b", "r.c", "r.d"))
                .jsonPath("$.series[2].agency_kind").isEqualTo("DEPARTMENT")
                .jsonPath("$.series[2].points[0].value").isEqualTo(40);
    }

    @Test
    void defaultsToTheSixYearsUpToTheLatestReport() {
        web.get().uri("/api/analytics/series?region=r&metric=requests.new_received.total").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.years").value(years -> assertThat((List<Object>) years)
                        .containsExactly(2017, 2018, 2019, 2020, 2021, 2022));
        web.get().uri("/api/analytics/series?region=r&metric=requests.new_received.total&to=2020").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.years").value(years -> assertThat((List<Object>) years)
                        .containsExactly(2015, 2016, 2017, 2018, 2019, 2020));
    }

    @Test
    void aRateCarriesItsSampleAndSaysWhetherItIsEnough() {
        web.get().uri("/api/analytics/series?region=r&metric=rate.disclosure&from=2019&to=2021").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.metric.kind").isEqualTo("rate")
                .jsonPath("$.metric.label").isEqualTo("公开率")
                .jsonPath("$.metric.min_sample").isEqualTo(10)
                // r.a 2019: (5 + 1) / 7, too few cases to rely on
                .jsonPath("$.series[0].points[0].value").isEqualTo(0.8571)
                .jsonPath("$.series[0].points[0].numerator").isEqualTo(6)
                .jsonPath("$.series[0].points[0].denominator").isEqualTo(7)
                .jsonPath("$.series[0].points[0].reliable").isEqualTo(false)
                // r.a 2020: 表三 has only 本年新收: the cells of the rate are not printed
                .jsonPath("$.series[0].points[1].state").isEqualTo("blank")
                // r.c 2021: (30 + 2) / 40
                .jsonPath("$.series[2].points[2].value").isEqualTo(0.8)
                .jsonPath("$.series[2].points[2].denominator").isEqualTo(40)
                .jsonPath("$.series[2].points[2].reliable").isEqualTo(true)
                // r.d 2021: no case handled — the cells are printed, the rate does not exist
                .jsonPath("$.series[3].points[2].state").isEqualTo("reported")
                .jsonPath("$.series[3].points[2].value").isEmpty()
                .jsonPath("$.series[3].points[2].denominator").isEqualTo(0)
                .jsonPath("$.series[3].points[2].reliable").isEqualTo(false);
    }

    @Test
    void otherProcessingIsReadInTheLayoutTheReportPrints() {
        web.get().uri("/api/analytics/series?region=r&metric=requests.other.total&from=2019&to=2021").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.metric.label").isEqualTo("其他处理")
                .jsonPath("$.series[0].points[0].value").isEqualTo(1) // 2019 layout: one row
                .jsonPath("$.series[2].points[2].value").isEqualTo(3) // 2021 layout: 1 + 0 + 2
                .jsonPath("$.series[3].points[2].state").isEqualTo("blank"); // one of the three rows blank
    }

    @Test
    void aSumWithABlankOrUnprintedCellIsBlankNotSmaller() {
        web.get().uri("/api/analytics/series?region=r&metric=requests.denied.total&from=2021&to=2021").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.metric.label").isEqualTo("不予公开")
                // r.c prints only 1 of the 8 不予公开 rows
                .jsonPath("$.series[2].points[0].state").isEqualTo("blank")
                .jsonPath("$.series[2].points[0].value").isEmpty();
        web.get().uri("/api/analytics/series?region=r&metric=requests.denied_state_secret.total&from=2021&to=2021")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.metric.label").isEqualTo("不予公开：属于国家秘密")
                .jsonPath("$.series[2].points[0].value").isEqualTo(1);
    }

    @Test
    void theOverviewCountsBodiesAndSumsWhatWasPrintedWithLastYearBeside() {
        web.get().uri("/api/analytics/overview?region=r&year=2021").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.year").isEqualTo(2021)
                .jsonPath("$.years").value(years -> assertThat((List<Object>) years)
                        .containsExactly(2019, 2020, 2021, 2022))
                .jsonPath("$.tiles[*].id").value(ids -> assertThat((List<Object>) ids).containsExactly(
                        "bodies_expected", "bodies_reported", "bodies_missing", "bodies_on_time",
                        "requests.new_received.total", "rate.disclosure", "reviews.total", "litigation.total",
                        "rate.correction"))
                // 2021: a, c, d expected and reported; 2020: a, b, c expected, only a reported
                .jsonPath("$.tiles[0].value").isEqualTo(3).jsonPath("$.tiles[0].previous_value").isEqualTo(3)
                .jsonPath("$.tiles[0].change").isEqualTo(0).jsonPath("$.tiles[0].change_rate").isEqualTo(0)
                .jsonPath("$.tiles[1].value").isEqualTo(3).jsonPath("$.tiles[1].previous_value").isEqualTo(1)
                .jsonPath("$.tiles[1].change").isEqualTo(2).jsonPath("$.tiles[1].change_rate").isEqualTo(2)
                .jsonPath("$.tiles[2].value").isEqualTo(0).jsonPath("$.tiles[2].previous_value").isEqualTo(2)
                .jsonPath("$.tiles[2].change_rate").isEqualTo(-1)
                // only r.a's was published by 31 January; r.c's came in February, r.d's has no date
                .jsonPath("$.tiles[3].value").isEqualTo(1)
                // 40 + 40, r.a's blank not counted; last year r.a's printed 0
                .jsonPath("$.tiles[4].value").isEqualTo(80).jsonPath("$.tiles[4].previous_value").isEqualTo(0)
                .jsonPath("$.tiles[4].change").isEqualTo(80).jsonPath("$.tiles[4].change_rate").isEmpty()
                .jsonPath("$.tiles[4].metric").isEqualTo("requests.new_received.total")
                .jsonPath("$.tiles[4].unit").isEqualTo("件")
                // (30 + 2 + 0) / (40 + 0)
                .jsonPath("$.tiles[5].value").isEqualTo(0.8)
                .jsonPath("$.tiles[5].numerator").isEqualTo(32).jsonPath("$.tiles[5].denominator").isEqualTo(40)
                .jsonPath("$.tiles[5].reliable").isEqualTo(true)
                .jsonPath("$.tiles[5].previous_value").isEmpty().jsonPath("$.tiles[5].change").isEmpty()
                .jsonPath("$.tiles[6].value").isEqualTo(4)
                .jsonPath("$.tiles[6].metric").isEqualTo("reviews.administrative_review.total")
                .jsonPath("$.tiles[7].value").isEqualTo(2)
                // corrected 1 + 0 + 1 of decided (2+1+0) + (1+0+0) + (0+1+0)
                .jsonPath("$.tiles[8].value").isEqualTo(0.4)
                .jsonPath("$.tiles[8].numerator").isEqualTo(2).jsonPath("$.tiles[8].denominator").isEqualTo(5)
                .jsonPath("$.tiles[8].reliable").isEqualTo(false);
    }

    @Test
    void aReportWithoutTable3IsReceivedButItsRequestsAreNotCounted() {
        web.get().uri("/api/analytics/overview?region=r").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.year").isEqualTo(2022)
                .jsonPath("$.tiles[1].value").isEqualTo(2) // r.a (without 表三) and r.d
                .jsonPath("$.tiles[2].value").isEqualTo(1) // r.c
                .jsonPath("$.tiles[4].value").isEqualTo(12);
        web.get().uri("/api/analytics/series?region=r&metric=requests.new_received.total&from=2022&to=2022")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.series[*].points[0].state").value(states -> assertThat((List<Object>) states)
                        .containsExactly("table_missing", "not_expected", "missing", "reported"));
    }

    @Test
    void theKindFilterAppliesToTheOverviewToo() {
        web.get().uri("/api/analytics/overview?region=r&year=2021&kind=DEPARTMENT").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tiles[0].value").isEqualTo(1)
                .jsonPath("$.tiles[4].value").isEqualTo(40)
                .jsonPath("$.years").value(years -> assertThat((List<Object>) years)
                        .containsExactly(2019, 2020, 2021, 2022));
    }

    @Test
    void theRankingGivesLastYearItsRealState() {
        web.get().uri("/api/analytics/ranking?region=r&metric=requests.new_received.total&year=2021").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.year").isEqualTo(2021)
                .jsonPath("$.metric.id").isEqualTo("requests.new_received.total")
                // r.c and r.d share the first rank; r.a (blank) and r.b (not expected) follow in tree order
                .jsonPath("$.lines[*].agency_code").value(codes -> assertThat((List<Object>) codes)
                        .containsExactly("r.c", "r.d", "r.a", "r.b"))
                .jsonPath("$.lines[*].rank").value(ranks -> assertThat((List<Object>) ranks)
                        .containsExactly(1, 1, null, null))
                .jsonPath("$.lines[0].previous.state").isEqualTo("missing")
                .jsonPath("$.lines[0].change").isEmpty()
                // founded in 2021: not expected in 2020, not missing
                .jsonPath("$.lines[1].previous.state").isEqualTo("not_expected")
                .jsonPath("$.lines[2].current.state").isEqualTo("blank")
                .jsonPath("$.lines[2].previous.value").isEqualTo(0)
                .jsonPath("$.lines[3].current.state").isEqualTo("not_expected")
                .jsonPath("$.lines[3].previous.state").isEqualTo("missing");
        web.get().uri("/api/analytics/ranking?region=r&metric=requests.new_received.total&year=2022&kind=TOWNSHIP")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.lines[0].agency_code").isEqualTo("r.d")
                .jsonPath("$.lines[0].current.value").isEqualTo(12)
                .jsonPath("$.lines[0].change").isEqualTo(-28)
                .jsonPath("$.lines[0].change_rate").isEqualTo(-0.7);
    }

    @Test
    void aClerkSeesTheirOwnBodyAndNothingAboveIt() {
        WebTestClient clerk = TestUsers.as(web, context, "clerk");
        clerk.get().uri("/api/analytics/series?region=r.a&metric=requests.new_received.total&from=2019&to=2020")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.series[*].agency_code").value(codes -> assertThat((List<Object>) codes)
                        .containsExactly("r.a"))
                .jsonPath("$.series[0].points[*].value").value(values -> assertThat((List<Object>) values)
                        .containsExactly(7, 0));
        clerk.get().uri("/api/analytics/overview?region=r.a&year=2020").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.tiles[1].value").isEqualTo(1);
        clerk.get().uri("/api/analytics/series?region=r&metric=requests.new_received.total").exchange()
                .expectStatus().isNotFound().expectBody(Void.class);
        clerk.get().uri("/api/analytics/ranking?region=r&metric=rate.disclosure").exchange()
                .expectStatus().isNotFound().expectBody(Void.class);
    }

    @Test
    void aSupervisorOutsideTheirScopeGetsNotFoundThoughTheBodyCountIsReadAlongside() {
        TestUsers.create(context, "supervisor", Role.SUPERVISOR, "r.a");
        WebTestClient supervisor = TestUsers.as(web, context, "supervisor");
        for (String path : List.of("/api/analytics/ranking?region=%s&metric=requests.new_received.total&year=2020",
                "/api/analytics/series?region=%s&metric=requests.new_received.total&from=2019&to=2020",
                "/api/quality/completeness?region=%s&from=2019&to=2020")) {
            supervisor.get().uri(path.formatted("r")).exchange().expectStatus().isNotFound().expectBody(Void.class);
            supervisor.get().uri(path.formatted("r.a")).exchange().expectStatus().isOk().expectBody(Void.class);
        }
    }

    @Test
    void refusesUnknownRegionsAndMetricsAndBadYearsNamingTheParameter() {
        web.get().uri("/api/analytics/series?region=nowhere&metric=requests.new_received.total").exchange()
                .expectStatus().isNotFound().expectBody(Void.class);
        web.get().uri("/api/analytics/series?region=r&metric=requests.new_received.total&from=2023&to=2020")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
        web.get().uri("/api/analytics/series?region=r&metric=requests.new_received.total&kind=VILLAGE").exchange()
                .expectStatus().isBadRequest().expectBody(Void.class);
        web.get().uri("/api/analytics/series?region=r&metric=requests.received.total").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("metric")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("requests.received.total"));
        web.get().uri("/api/analytics/series?region=demo.t01&metric=requests.new_received.total"
                        + "&from=-2000000000&to=2000000000").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.title").isEqualTo("请求无效")
                .jsonPath("$.errors[0].field").isEqualTo("from");
        web.get().uri("/api/analytics/ranking?region=r&metric=rate.disclosure&year=99999999999999999999").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        web.get().uri("/api/reports?region=r&year=1800").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
    }

    @Test
    void listsTheIndicatorsWithLabelsAndUnits() {
        web.get().uri("/api/analytics/metrics").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].id").isEqualTo("requests.new_received.total")
                .jsonPath("$[?(@.id == 'rate.correction')].label").isEqualTo(List.of("纠错率"))
                .jsonPath("$[?(@.id == 'rate.correction')].min_sample").isEqualTo(List.of(10))
                .jsonPath("$[?(@.id == 'proactive.fees.amount_wan_yuan')].unit").isEqualTo(List.of("万元"))
                .jsonPath("$[?(@.id == 'proactive.fees.amount_wan_yuan')].kind").isEqualTo(List.of("amount"))
                .jsonPath("$[?(@.id == 'litigation.total')].group").isEqualTo(List.of("reviews"));
    }

    private void body(String code, String name, AgencyKind kind, String parent, ReportingPeriod period) {
        agencies.addIfAbsent(new NewAgency(code, name, kind, parent, 0, false, List.of(period))).block();
    }

    private void store(String code, int year, TestReport report) {
        reports.storeAsSystem(code, year, new NewVersion(report.build(year), VersionOrigin.API, "test", null, null))
                .block();
    }

    private static TestReport report(ReportFormat format) {
        return new TestReport(format);
    }

    /** A report printing only the 总计 column of the 表三 rows given, and the 表四 groups given. */
    private static final class TestReport {

        private final ReportFormat format;
        private Map<RequestRow, ApplicantCounts> requests = new EnumMap<>(RequestRow.class);
        private final Map<ReviewRow, OutcomeCounts> reviews = new EnumMap<>(ReviewRow.class);
        private LocalDate published;

        TestReport(ReportFormat format) {
            this.format = format;
        }

        TestReport received(Integer total) {
            return row(RequestRow.NEW_RECEIVED, total);
        }

        TestReport row(RequestRow row, Integer total) {
            requests.put(row, ApplicantCounts.of(null, null, null, null, null, null, total));
            return this;
        }

        TestReport review(ReviewRow row, int upheld, int corrected, int other, int pending, int total) {
            reviews.put(row, new OutcomeCounts(upheld, corrected, other, pending, total));
            return this;
        }

        TestReport withoutTable3() {
            requests = null;
            return this;
        }

        TestReport published(LocalDate date) {
            published = date;
            return this;
        }

        AnnualReport build(int year) {
            return new AnnualReport(format, null, year, null, null, requests, reviews.isEmpty() ? null : reviews,
                    new AnnualReport.Details(null, null, List.of(), published, null));
        }
    }
}
