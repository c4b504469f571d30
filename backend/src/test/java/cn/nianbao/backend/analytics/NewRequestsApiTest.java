package cn.nianbao.backend.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.ReportFormat;
import cn.nianbao.backend.contract.RequestRow;
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

@BackendIntegrationTest
class NewRequestsApiTest {

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
        store("r", 2020, 99);
        store("r.a", 2019, 7);
        store("r.a", 2020, 0);
        store("r.a", 2021, null);
        storeWithoutTable3("r.a", 2022);
        store("r.c", 2021, 40);
        TestUsers.create(context, "admin", Role.ADMIN, null);
        web = TestUsers.as(web, context, "admin");
    }

    @Test
    void tellsPrintedZeroBlankMissingAndNotExpectedApart() {
        web.get().uri("/api/analytics/new-requests?region=r&from=2019&to=2022&kind=TOWNSHIP").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.region.name").isEqualTo("某县人民政府")
                .jsonPath("$.years").value(years -> assertThat((List<Object>) years).containsExactly(2019, 2020, 2021, 2022))
                .jsonPath("$.series[*].agency_code").value(codes -> assertThat((List<Object>) codes)
                        .containsExactly("r.a", "r.b"))
                .jsonPath("$.series[0].points[*].state").value(states -> assertThat((List<Object>) states)
                        .containsExactly("reported", "reported", "blank", "missing"))
                .jsonPath("$.series[0].points[*].value").value(values -> assertThat((List<Object>) values)
                        .containsExactly(7, 0, null, null))
                .jsonPath("$.series[1].points[*].state").value(states -> assertThat((List<Object>) states)
                        .containsExactly("missing", "missing", "not_expected", "not_expected"));
    }

    @Test
    void withoutAKindListsEveryBodyStrictlyUnderTheRegion() {
        web.get().uri("/api/analytics/new-requests?region=r&from=2021&to=2021").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.series[*].agency_code").value(codes -> assertThat((List<Object>) codes)
                        .containsExactly("r.a", "r.b", "r.c"))
                .jsonPath("$.series[2].points[0].value").isEqualTo(40);
    }

    @Test
    void defaultsToTheSixYearsUpToTheLatestReport() {
        web.get().uri("/api/analytics/new-requests?region=r").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.years").value(years -> assertThat((List<Object>) years)
                        .containsExactly(2017, 2018, 2019, 2020, 2021, 2022));
    }

    @Test
    void refusesAnUnknownRegionOrAnUpsideDownRange() {
        web.get().uri("/api/analytics/new-requests?region=nowhere").exchange().expectStatus().isNotFound();
        web.get().uri("/api/analytics/new-requests?region=r&from=2023&to=2020").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
        web.get().uri("/api/analytics/new-requests?region=r&kind=VILLAGE").exchange().expectStatus().isBadRequest();
    }

    private void body(String code, String name, AgencyKind kind, String parent, ReportingPeriod period) {
        agencies.addIfAbsent(new NewAgency(code, name, kind, parent, 0, false, List.of(period))).block();
    }

    private void store(String code, int year, Integer newReceivedTotal) {
        Map<RequestRow, ApplicantCounts> requests = new EnumMap<>(RequestRow.class);
        requests.put(RequestRow.NEW_RECEIVED, ApplicantCounts.of(null, null, null, null, null, null, newReceivedTotal));
        save(code, year, requests);
    }

    private void storeWithoutTable3(String code, int year) {
        save(code, year, null);
    }

    private void save(String code, int year, Map<RequestRow, ApplicantCounts> requests) {
        AnnualReport report = new AnnualReport(ReportFormat.F2021, null, year, null, null, requests, null, null);
        reports.storeAsSystem(code, year, new NewVersion(report, VersionOrigin.API, "test", null, null)).block();
    }
}
