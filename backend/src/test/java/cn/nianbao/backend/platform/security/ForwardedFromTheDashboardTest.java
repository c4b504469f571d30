package cn.nianbao.backend.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * From the dashboard (loopback, trusted by default) the browser's address is believed — but only an address, and
 * the dashboard's own address stays beside it: a long header cannot push the real address out of the audit log.
 */
@BackendIntegrationTest
class ForwardedFromTheDashboardTest {

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void anAdministrator() {
        TestDatabase.truncate(dsl);
        TestUsers.create(context, "admin", Role.ADMIN, null);
    }

    @Test
    void aLongForwardedForCannotPushTheRealAddressOutOfTheAuditLog() {
        failedLogin("x".repeat(100) + ", 203.0.113.7");
        failedLogin("x".repeat(100));

        JsonNode events = TestUsers.as(web, context, "admin").get().uri("/api/audit?action=LOGIN_FAILED").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(events.get(1).get("client_address").asString()).isEqualTo("203.0.113.7（经 127.0.0.1）");
        assertThat(events.get(0).get("client_address").asString()).isEqualTo("127.0.0.1");
    }

    @Test
    void theBackendListensOnLoopbackWithTheEmbeddedDatabase() {
        assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    private void failedLogin(String forwardedFor) {
        web.post().uri("/api/auth/login").header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "someone", "password", "wrong-password")).exchange()
                .expectStatus().isUnauthorized().expectBody(Void.class);
    }
}
