package cn.nianbao.backend.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The report API over HTTP. A body the test does not look at is still read, with {@code expectBody(Void.class)},
 * which releases it: WebTestClient leaves an unread body's netty buffer unreleased (spring-framework#35953).
 */
@BackendIntegrationTest
class ReportApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    AgencyDirectory agencies;
    @Autowired
    DSLContext dsl;

    @Autowired
    ApplicationContext context;

    WebTestClient anonymous;
    String hongze2023;

    @BeforeEach
    void oneBody() {
        TestDatabase.truncate(dsl);
        agencies.addIfAbsent(new NewAgency("js.huaian", "淮安市人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                List.of(new ReportingPeriod(2019, null)))).block();
        agencies.addIfAbsent(new NewAgency("js.huaian.hongze", "淮安市洪泽区人民政府", AgencyKind.PEOPLES_GOVERNMENT,
                "js.huaian", 0, false, List.of(new ReportingPeriod(2019, null)))).block();
        hongze2023 = Fixtures.text("hongze-qu_2023");
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
    void aStoreAnswersWithAWarningWhenTheTitleNamesAnotherBody() {
        put("js.huaian.hongze", 2023, hongze2023).expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.findings[?(@.code == 'AGENCY_MISMATCH')]").value(found -> assertThat((List<?>) found)
                        .isEmpty())
                .jsonPath("$.findings[?(@.code == 'T4_SUM')].severity")
                .isEqualTo(List.of("error", "error")); // the quality rules' findings: 表四 totals printed as 0

        put("js.huaian.hongze", 2023, hongze2023.replace("\"agency\": \"洪泽区人民政府\"", "\"agency\": \"淮安市人民政府\""))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.version_no").isEqualTo(2)
                .jsonPath("$.findings[?(@.code == 'AGENCY_MISMATCH')].severity").isEqualTo(List.of("warning"))
                .jsonPath("$.findings[?(@.code == 'AGENCY_MISMATCH')].message").value(messages ->
                        assertThat(((List<?>) messages).getFirst().toString())
                                .contains("淮安市人民政府", "淮安市洪泽区人民政府"))
                .jsonPath("$.findings[?(@.code == 'AGENCY_MISMATCH')].cells[0]").isEqualTo(List.of("agency"));
    }

    @Test
    void aTextLongerThanItsColumnIsA400NamingTheField() {
        put("js.huaian.hongze", 2023, hongze2023.replace("\"agency\": \"洪泽区人民政府\"",
                "\"agency\": \"" + "洪".repeat(201) + "\""))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("agency")
                .jsonPath("$.detail").isEqualTo("年报标题中的机构名称最多 200 个字符，收到 201 个");
        web.put().uri("/api/reports/js.huaian.hongze/2023?reason={reason}", "x".repeat(1001))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(hongze2023).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        web.get().uri("/api/reports/js.huaian.hongze/2023").exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
    }

    @Test
    void aReportForAYearNotYetOverIsA400NamingTheYear() {
        int nextYear = Year.now(ZoneId.of("Asia/Shanghai")).getValue() + 1;

        put("js.huaian.hongze", nextYear, hongze2023.replace("\"year\": 2023", "\"year\": " + nextYear))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith(nextYear + " 年度尚未结束"));
    }

    @Test
    void theOriginalDocumentOfAVersionDownloadsAsItWasStored() {
        byte[] pdf = Fixtures.read(Fixtures.document("hongze-qu_2023"));
        context.getBean(ReportService.class).store(TestUsers.SYSTEM_ADMIN, "js.huaian.hongze", 2023,
                new NewVersion(Fixtures.report("hongze-qu_2023"), VersionOrigin.IMPORT, "admin", null,
                        new SourceDocument("洪泽区 2023年报.pdf", "application/pdf", pdf))).block();

        byte[] body = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(pdf.length)).build()
                .get().uri("/api/reports/js.huaian.hongze/2023/versions/1/source").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().contentLength(pdf.length)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, disposition -> assertThat(disposition)
                        .startsWith("attachment;")
                        .contains("filename*=UTF-8''%E6%B4%AA%E6%B3%BD%E5%8C%BA%202023%E5%B9%B4%E6%8A%A5.pdf"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(body).isEqualTo(pdf);
        web.get().uri("/api/reports/js.huaian.hongze/2023").exchange()
                .expectBody().jsonPath("$.version.source_document.file_name").isEqualTo("洪泽区 2023年报.pdf")
                .jsonPath("$.version.source_document.size_bytes").isEqualTo(pdf.length);
        web.get().uri("/api/audit?action=EXPORT").exchange()
                .expectBody().jsonPath("$[0].target").value(target -> assertThat((String) target)
                        .contains("2023", "第 1 版", "洪泽区 2023年报.pdf"));
    }

    @Test
    void aVersionWithoutADocumentOrNoSuchVersionIs404() {
        put("js.huaian.hongze", 2023, hongze2023).expectStatus().isCreated().expectBody(Void.class);

        web.get().uri("/api/reports/js.huaian.hongze/2023/versions/1/source").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("淮安市洪泽区人民政府 2023 年度年报第 1 版不是由文件导入的，没有原件");
        for (String version : List.of("2", "0", "-1", "2147483647")) {
            web.get().uri("/api/reports/js.huaian.hongze/2023/versions/" + version + "/source").exchange()
                    .expectStatus().isNotFound().expectBody(Void.class);
        }
        web.get().uri("/api/reports/js.huaian.hongze/2023/versions/99999999999/source").exchange()
                .expectStatus().isBadRequest().expectBody(Void.class);
    }

    @Test
    void puttingTheSameReportAgainChangesNothing() {
        put("js.huaian.hongze", 2023, hongze2023).expectStatus().isCreated().expectBody(Void.class);

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
        put("nobody", 2023, hongze2023).expectStatus().isNotFound().expectBody(Void.class);
    }

    @Test
    void aYearThatIsNotANumberIsA400() {
        web.get().uri("/api/reports/js.huaian.hongze/二〇二三").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("参数 year 无效，应为整数");
    }

    @Test
    void listsTheActiveReportsUnderARegion() {
        put("js.huaian.hongze", 2023, hongze2023).expectStatus().isCreated().expectBody(Void.class);

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
        web.get().uri("/api/agencies?under=nowhere").exchange().expectStatus().isNotFound().expectBody(Void.class);
    }

    @Test
    void aDepthAsksForThatManyLevelsOnly() {
        web.get().uri("/api/agencies?under=js.huaian&depth=1").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[*].code").value(codes -> assertThat((List<Object>) codes)
                        .containsExactly("js.huaian", "js.huaian.hongze"));
        web.get().uri("/api/agencies?depth=1").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[*].code").value(codes -> assertThat((List<Object>) codes)
                        .containsExactly("js.huaian", "js.huaian.hongze"));
        web.get().uri("/api/agencies?under=js.huaian&depth=0").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[*].code").value(codes -> assertThat((List<Object>) codes)
                        .containsExactly("js.huaian"));
        for (String depth : List.of("51", "-3", "2147483648", "一")) {
            web.get().uri("/api/agencies?under=js.huaian&depth=" + depth).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(Void.class);
        }
    }

    @Test
    void documentsTheApi() {
        // the first request builds the whole OpenAPI document, which takes seconds on a loaded machine
        anonymous.mutate().responseTimeout(Duration.ofSeconds(60)).build().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/reports/{agency}/{year}'].put").exists()
                .jsonPath("$.paths['/api/analytics/series'].get").exists()
                .jsonPath("$.paths['/api/analytics/overview'].get").exists()
                .jsonPath("$.paths['/api/analytics/new-requests']").doesNotExist()
                .jsonPath("$.paths['/api/agencies'].get").exists()
                .jsonPath("$.paths['/api/reports/{agency}/{year}/versions/{version}/source'].get").exists()
                .jsonPath("$.paths['/api/findings'].get").exists()
                .jsonPath("$.paths['/api/quality/completeness'].get").exists();
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
        put("js.huaian.hongze", 2023, hongze2023).expectStatus().isCreated().expectBody(Void.class);

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
