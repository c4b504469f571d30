package cn.nianbao.backend.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Health: its status for anyone (GET and HEAD, for load balancers), its details (disk path, database) for administrators. */
@BackendIntegrationTest
class HealthEndpointTest {

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
        TestUsers.create(context, "admin", Role.ADMIN, null);
        TestUsers.create(context, "clerk", Role.CLERK, "town");
    }

    @Test
    void anyoneGetsTheStatusWithGetAndHead() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
        web.head().uri("/actuator/health").exchange().expectStatus().isOk().expectBody(Void.class);
        web.head().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody(Void.class);
    }

    @Test
    void onlyAnAdministratorSeesTheDetails() {
        String clerkSees = new String(TestUsers.as(web, context, "clerk").get().uri("/actuator/health").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat(clerkSees).doesNotContain("diskSpace", "path", "PostgreSQL", "components");

        TestUsers.as(web, context, "admin").get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components.diskSpace.details.path").exists()
                .jsonPath("$.components.r2dbc.details.database").isEqualTo("PostgreSQL");
    }
}
