package cn.nianbao.backend.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.agency.persistence.AgencyRepository;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.Fixtures;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@BackendIntegrationTest
class ReportApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    DSLContext dsl;

    @Autowired
    ApplicationContext context;

    WebTestClient anonymous;
    String hongze2023;

    @BeforeEach
    void oneBody() throws Exception {
        TestDatabase.truncate(dsl);
        agencies.insertIfAbsent(new NewAgency("js.huaian", "淮安市人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                List.of(new ReportingPeriod(2019, null)))).block();
        agencies.insertIfAbsent(new NewAgency("js.huaian.hongze", "淮安市洪泽区人民政府", AgencyKind.PEOPLES_GOVERNMENT,
                "js.huaian", 0, false, List.of(new ReportingPeriod(2019, null)))).block();
        hongze2023 = Files.readString(Fixtures.directory().resolve("hongze-qu_2023.expected.json"));
        TestUsers.create(context, "admin", Role.ADMIN, null);
        anonymous = web;
        web = TestUsers.as(web, context, "admin");
    }

    @Test
    void aReportPutInContractFormReadsBackCellForCell() {
        put("js.huaian.hongze", 2023, hongze2023).expectStatus().isCreated()
                .expectBody().jsonPath("$.version_no").isEqualTo(1).jsonPath("$.created").isEqualTo(true);

        web.get().uri("/api/reports/js.huaian.hongze/2023").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.agency_name").isEqualTo("淮安市洪泽区人民政府")
                .jsonPath("$.version.version_no").isEqualTo(1)
                .jsonPath("$.version.origin").isEqualTo("API")
                .jsonPath("$.version.created_by").isEqualTo("admin")
                .jsonPath("$.versions.length()").isEqualTo(1)
                .jsonPath("$.report").value(report -> assertThat(report).isNotNull())
                .json("{\"report\":" + hongze2023 + "}");
    }

    @Test
    void puttingTheSameReportAgainChangesNothing() {
        put("js.huaian.hongze", 2023, hongze2023).expectStatus().isCreated();

        put("js.huaian.hongze", 2023, hongze2023).expectStatus().isOk()
                .expectBody().jsonPath("$.version_no").isEqualTo(1).jsonPath("$.created").isEqualTo(false);
    }

    @Test
    void aWrongTypeOrCodeIsA400NamingTheField() {
        String wrong = hongze2023.replaceFirst("\"natural_person\": 21", "\"natural_person\": \"21\"")
                .replace("\"carried_over\"", "\"carried_0ver\"");

        put("js.huaian.hongze", 2023, wrong).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("年报数据不符合合同格式")
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields).containsExactlyInAnyOrder(
                        "requests.new_received.natural_person", "requests.carried_0ver"));
    }

    @Test
    void aNegativeCountIsA400NamingTheCell() {
        put("js.huaian.hongze", 2023, hongze2023.replace("\"decisions\": 550", "\"decisions\": -550"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("proactive.licensing.decisions");
    }

    @Test
    void malformedJsonIsA400InChinese() {
        put("js.huaian.hongze", 2023, "{\"format\": ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("请求体不是有效的 JSON"));
    }

    @Test
    void aYearThatDisagreesWithThePathIsA400() {
        put("js.huaian.hongze", 2024, hongze2023).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
    }

    @Test
    void unknownBodiesAndReportsAre404() {
        web.get().uri("/api/reports/nobody/2023").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("没有机构代码为 nobody 的机构");
        web.get().uri("/api/reports/js.huaian.hongze/2019").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("淮安市洪泽区人民政府 没有 2019 年度的年报");
        put("nobody", 2023, hongze2023).expectStatus().isNotFound();
    }

    @Test
    void aYearThatIsNotANumberIsA400() {
        web.get().uri("/api/reports/js.huaian.hongze/二〇二三").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("参数 year 无效，应为整数");
    }

    @Test
    void listsTheActiveReportsUnderARegion() {
        put("js.huaian.hongze", 2023, hongze2023).expectStatus().isCreated();

        web.get().uri("/api/reports?region=js.huaian&year=2023").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].agency_code").isEqualTo("js.huaian.hongze")
                .jsonPath("$[0].new_received").isEqualTo(21)
                .jsonPath("$[0].format").isEqualTo("2021");
        web.get().uri("/api/reports?region=js.huaian&year=2022").exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void listsTheAgencyTree() {
        web.get().uri("/api/agencies?under=js.huaian").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].code").value(codes -> assertThat((List<Object>) codes)
                        .containsExactly("js.huaian", "js.huaian.hongze"))
                .jsonPath("$[1].parent_code").isEqualTo("js.huaian")
                .jsonPath("$[1].depth").isEqualTo(1)
                .jsonPath("$[1].reporting_periods[0].first_year").isEqualTo(2019);
        web.get().uri("/api/agencies?under=nowhere").exchange().expectStatus().isNotFound();
    }

    @Test
    void documentsTheApi() {
        anonymous.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/reports/{agency}/{year}'].put").exists()
                .jsonPath("$.paths['/api/analytics/new-requests'].get").exists()
                .jsonPath("$.paths['/api/agencies'].get").exists();
    }

    @Test
    void reportsItsHealthToAnyoneAndItsDetailsOnlyToSignedInUsers() {
        anonymous.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
        web.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.components.r2dbc.status").isEqualTo("UP");
    }

    @Test
    void aCorrectionWithAReasonIsRecordedAsManual() {
        put("js.huaian.hongze", 2023, hongze2023).expectStatus().isCreated();

        web.put().uri("/api/reports/js.huaian.hongze/2023?reason=表四总计按原件更正")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(hongze2023.replace("\"total\": 0\n    },\n    \"litigation_direct\"", "\"total\": 11\n    },\n    \"litigation_direct\""))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.version_no").isEqualTo(2);
        web.get().uri("/api/reports/js.huaian.hongze/2023").exchange()
                .expectBody()
                .jsonPath("$.version.origin").isEqualTo("MANUAL")
                .jsonPath("$.version.reason").isEqualTo("表四总计按原件更正")
                .jsonPath("$.report.reviews.administrative_review.total").isEqualTo(11);
    }

    private WebTestClient.ResponseSpec put(String agency, int year, String body) {
        return web.put().uri("/api/reports/{agency}/{year}", agency, year)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
