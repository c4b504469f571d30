package cn.nianbao.backend.audit;

import static cn.nianbao.backend.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
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
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** What people do is in the audit log with who, when, what and from where; supervisors see their region's part. */
@BackendIntegrationTest
class AuditLogTest {

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;

    String report;

    @BeforeEach
    void twoRegions() {
        TestDatabase.truncate(dsl);
        AgencyDirectory agencies = context.getBean(AgencyDirectory.class);
        agencies.addIfAbsent(new NewAgency("r", "甲县人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                List.of())).block();
        agencies.addIfAbsent(new NewAgency("r.a", "甲县某镇人民政府", AgencyKind.TOWNSHIP, "r", 0, false,
                List.of())).block();
        agencies.addIfAbsent(new NewAgency("o", "乙县人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 1, false,
                List.of())).block();
        TestUsers.create(context, "admin", Role.ADMIN, null);
        TestUsers.create(context, "sup-r", Role.SUPERVISOR, "r");
        TestUsers.create(context, "clerk", Role.CLERK, "r.a");
        report = Fixtures.text("hongze-qu_2023");
    }

    @Test
    void recordsSignInsReportsCorrectionsExportsAndUserChanges() {
        web.post().uri("/api/auth/login").header("X-Forwarded-For", "203.0.113.7")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "clerk", "password", TestUsers.PASSWORD))
                .exchange().expectStatus().isOk().expectBody(Void.class);
        WebTestClient clerk = TestUsers.as(web, context, "clerk");
        clerk.put().uri("/api/reports/r.a/2023").header("X-Forwarded-For", "203.0.113.8")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(report)
                .exchange().expectStatus().isCreated().expectBody(Void.class);
        clerk.put().uri("/api/reports/r.a/2023?reason=按原件更正表四").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(report.replaceFirst("\"upheld\": 10", "\"upheld\": 11"))
                .exchange().expectStatus().isCreated().expectBody(Void.class);
        clerk.post().uri("/api/audit/exports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("agency_code", "r.a", "what", "年报 PDF")).exchange().expectStatus().isNoContent()
                .expectBody(Void.class);
        TestUsers.as(web, context, "admin").post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "zhang", "role", "VIEWER", "scope_agency_code", "o"))
                .exchange().expectStatus().isCreated().expectBody(Void.class);

        JsonNode events = TestUsers.as(web, context, "admin").get().uri("/api/audit").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(events.valueStream().map(e -> e.get("action").asString() + " " + e.get("actor").asString()))
                .containsExactly("USER_CREATED admin", "EXPORT clerk", "REPORT_CORRECTED clerk",
                        "REPORT_STORED clerk", "LOGIN_SUCCEEDED clerk");
        JsonNode correction = events.get(2);
        assertThat(correction.get("agency_name").asString()).isEqualTo("甲县某镇人民政府");
        assertThat(correction.get("detail").asString()).isEqualTo("按原件更正表四");
        assertThat(correction.get("target").asString()).contains("2023", "第 2 版");
        assertThat(events.get(4).get("client_address").asString()).startsWith("203.0.113.7");
        assertThat(events.get(3).get("client_address").asString())
                .as("recorded inside the store's transaction, still knowing who asked from where")
                .startsWith("203.0.113.8");
        assertThat(events.get(4).get("occurred_at").asString()).isNotBlank();
    }

    @Test
    void aSupervisorSeesTheEventsOfTheirRegionOnly() {
        WebTestClient admin = TestUsers.as(web, context, "admin");
        admin.post().uri("/api/audit/exports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("agency_code", "r.a", "what", "甲县图表")).exchange().expectStatus().isNoContent()
                .expectBody(Void.class);
        admin.post().uri("/api/audit/exports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("agency_code", "o", "what", "乙县图表")).exchange().expectStatus().isNoContent()
                .expectBody(Void.class);

        TestUsers.as(web, context, "sup-r").get().uri("/api/audit?action=EXPORT").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].target").isEqualTo("甲县图表");
        TestUsers.as(web, context, "clerk").get().uri("/api/audit").exchange().expectStatus().isForbidden()
                .expectBody(Void.class);
    }

    @Test
    void aFailedSignInIsRecordedWithTheNameTried() {
        web.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "clerk", "password", "not-the-password")).exchange()
                .expectStatus().isUnauthorized().expectBody(Void.class);

        TestUsers.as(web, context, "admin").get().uri("/api/audit?action=LOGIN_FAILED").exchange()
                .expectBody().jsonPath("$[0].actor").isEqualTo("clerk").jsonPath("$[0].detail").isEqualTo("密码错误");
    }

    @Test
    void theLogCannotBeChangedOrDeleted() {
        TestUsers.as(web, context, "admin").post().uri("/api/audit/exports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("agency_code", "r", "what", "x")).exchange().expectStatus().isNoContent()
                .expectBody(Void.class);

        assertThatThrownBy(() -> Mono.from(dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR, "someone else")).block())
                .hasMessageContaining("不可修改或删除");
        assertThatThrownBy(() -> Mono.from(dsl.deleteFrom(AUDIT_EVENT)).block())
                .hasMessageContaining("不可修改或删除");
    }
}
