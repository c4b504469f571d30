package cn.nianbao.backend.agency;

import java.util.List;
import java.util.Map;

import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.FailingAudit;
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
class AgencyAdministrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;

    WebTestClient admin;

    @BeforeEach
    void aCounty() {
        TestDatabase.truncate(dsl);
        AgencyDirectory agencies = context.getBean(AgencyDirectory.class);
        agencies.addIfAbsent(new NewAgency("county", "某县人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                List.of())).block();
        agencies.addIfAbsent(new NewAgency("county.town", "某镇人民政府", AgencyKind.TOWNSHIP, "county", 0, false,
                List.of())).block();
        TestUsers.create(context, "admin", Role.ADMIN, null);
        admin = TestUsers.as(web, context, "admin");
    }

    @Test
    void anAdministratorAddsABodyWithTheYearsItMustReport() {
        admin.post().uri("/api/agencies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "county.new", "name", "新区街道办事处", "kind", "TOWNSHIP",
                        "parent_code", "county", "reporting_periods", List.of(Map.of("first_year", 2022))))
                .exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.parent_code").isEqualTo("county")
                .jsonPath("$.reporting_periods[0].first_year").isEqualTo(2022);

        admin.get().uri("/api/agencies?under=county").exchange()
                .expectBody().jsonPath("$[*].code").value(codes -> org.assertj.core.api.Assertions
                        .assertThat((List<Object>) codes).contains("county.new"));
        admin.get().uri("/api/audit?action=AGENCY_CREATED").exchange()
                .expectBody().jsonPath("$[0].target").isEqualTo("新区街道办事处（county.new）");
    }

    @Test
    void renamingMovingAndClosingABodyIsOneChange() {
        admin.post().uri("/api/agencies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "other", "name", "另一县人民政府", "kind", "PEOPLES_GOVERNMENT"))
                .exchange().expectStatus().isCreated().expectBody(Void.class);

        admin.patch().uri("/api/agencies/county.town").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "某镇人民政府（已合并）", "parent_code", "other",
                        "reporting_periods", List.of(Map.of("first_year", 2019, "last_year", 2021))))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.parent_code").isEqualTo("other")
                .jsonPath("$.reporting_periods[0].last_year").isEqualTo(2021);

        admin.get().uri("/api/agencies?under=other").exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(2);
        admin.get().uri("/api/audit?action=AGENCY_CHANGED").exchange()
                .expectBody().jsonPath("$[0].detail").value(detail -> org.assertj.core.api.Assertions
                        .assertThat((String) detail).contains("名称", "上级 county → other", "应报年度"));
    }

    @Test
    void aBodyCannotGoUnderItselfOrItsOwnSubtree() {
        for (String parent : List.of("county", "county.town")) {
            admin.patch().uri("/api/agencies/county").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("parent_code", parent))
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("parent_code")
                    .jsonPath("$.detail").isEqualTo("不能把 某县人民政府 挂在它自己或它的下级机构之下");
        }

        admin.get().uri("/api/agencies?under=county").exchange()
                .expectBody().jsonPath("$[0].parent_code").doesNotExist()
                .jsonPath("$[1].parent_code").isEqualTo("county");
        admin.get().uri("/api/audit?action=AGENCY_CHANGED").exchange().expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void aRefusedChangeChangesNothing() {
        admin.patch().uri("/api/agencies/county.town").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "某镇人民政府（新名）", "parent_code", "nowhere"))
                .exchange().expectStatus().isBadRequest().expectBody(Void.class);

        admin.get().uri("/api/agencies?under=county.town").exchange()
                .expectBody().jsonPath("$[0].name").isEqualTo("某镇人民政府");
        admin.get().uri("/api/audit?action=AGENCY_CHANGED").exchange().expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void aChangeWhoseAuditRecordFailsIsNotMade() {
        try (FailingAudit ignored = FailingAudit.refusing(dsl, AuditAction.AGENCY_CHANGED)) {
            admin.patch().uri("/api/agencies/county.town").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("name", "某镇人民政府（新名）",
                            "reporting_periods", List.of(Map.of("first_year", 2020))))
                    .exchange().expectStatus().is5xxServerError().expectBody(Void.class);
        }

        admin.get().uri("/api/agencies?under=county.town").exchange()
                .expectBody().jsonPath("$[0].name").isEqualTo("某镇人民政府")
                .jsonPath("$[0].reporting_periods.length()").isEqualTo(0);
    }

    @Test
    void aCodeIsTakenOnceAndAParentMustExist() {
        admin.post().uri("/api/agencies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "county.town", "name", "重复", "kind", "TOWNSHIP"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("机构代码 county.town 已被使用");
        admin.post().uri("/api/agencies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "x", "name", "无上级", "kind", "TOWNSHIP", "parent_code", "nowhere"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("parent_code");
    }

    @Test
    void reportingPeriodsThatEndBeforeTheyStartOrOverlapAreRefusedByName() {
        admin.patch().uri("/api/agencies/county.town").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reporting_periods", List.of(Map.of("first_year", 2022, "last_year", 2020))))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reporting_periods")
                .jsonPath("$.errors[0].message").isEqualTo("应报年度 2022–2020 的截止年度早于起始年度");
        admin.patch().uri("/api/agencies/county.town").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reporting_periods", List.of(Map.of("first_year", 2023),
                        Map.of("first_year", 2019, "last_year", 2023))))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("应报年度 2019–2023 与 2023 年起的时段重叠");
        admin.patch().uri("/api/agencies/county.town").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reporting_periods", List.of(Map.of("first_year", 2023),
                        Map.of("first_year", 2019, "last_year", 2020))))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.reporting_periods[0].first_year").isEqualTo(2019)
                .jsonPath("$.reporting_periods[1].first_year").isEqualTo(2023);
    }
}
