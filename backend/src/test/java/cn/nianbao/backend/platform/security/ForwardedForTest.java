package cn.nianbao.backend.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Attacks with a made-up {@code X-Forwarded-For} from a machine that is not a trusted proxy (here: this test, since
 * only 192.0.2.10 is trusted): it hides nobody in the audit log and buys no fresh sign-in throttle.
 */
@BackendIntegrationTest
@TestPropertySource(properties = "nianbao.security.trusted-proxies=192.0.2.10/32")
class ForwardedForTest {

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void anAdministratorAndAClerk() {
        TestDatabase.truncate(dsl);
        context.getBean(AgencyDirectory.class).addIfAbsent(new NewAgency("town", "某镇人民政府",
                AgencyKind.TOWNSHIP, null, 0, false, List.of())).block();
        TestUsers.create(context, "admin", cn.nianbao.backend.platform.security.Role.ADMIN, null);
        TestUsers.create(context, "clerk", cn.nianbao.backend.platform.security.Role.CLERK, "town");
    }

    @Test
    void aMadeUpForwardedForHidesNobodyAndBuysNoFreshThrottle() {
        login("clerk", "wrong-password", "203.0.113.9").expectStatus().isUnauthorized().expectBody(Void.class);
        JsonNode events = TestUsers.as(web, context, "admin").get().uri("/api/audit?action=LOGIN_FAILED").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(events.get(0).get("client_address").asString()).isEqualTo("127.0.0.1");

        for (int i = 1; i < 20; i++) {
            login("nobody-" + i, "wrong-password", "198.51.100." + i).expectStatus().isUnauthorized()
                    .expectBody(Void.class);
        }

        // the right password, from "another" address: still the same machine, still refused
        login("clerk", TestUsers.PASSWORD, "198.51.100.99").expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("登录失败次数过多，请"));
    }

    private WebTestClient.ResponseSpec login(String username, String password, String forwardedFor) {
        return web.post().uri("/api/auth/login").header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }
}
