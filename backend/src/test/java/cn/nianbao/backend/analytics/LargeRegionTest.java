package cn.nianbao.backend.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.BulkAgencies;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.platform.database.OwnerDatabase;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A region with more bodies than an answer lists one by one: the per-body answers (ranking, series) say so and name
 * the way out; the answers that add up (overview, roll-up) still come.
 */
@BackendIntegrationTest
class LargeRegionTest {

    @Autowired
    OwnerDatabase owner;
    @Autowired
    DSLContext dsl;
    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;

    @Test
    void perBodyAnswersAreBoundedAndSumsAreNot() throws Exception {
        TestDatabase.truncate(dsl);
        Path staging = Files.createTempDirectory("large-region");
        List<ReportingPeriod> always = List.of(new ReportingPeriod(2019, null));
        owner.withConnection(connection -> {
            try (BulkAgencies bodies = BulkAgencies.open(connection, staging)) {
                long root = bodies.add(new NewAgency("big", "大省人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0,
                        false, always), null);
                for (int i = 0; i <= AnalysedRegions.MAX_BODIES; i++) {
                    bodies.add(new NewAgency("big.t" + i, "第" + i + "镇人民政府", AgencyKind.TOWNSHIP, "big", i, false,
                            always), root);
                }
                bodies.load(connection);
            }
            return null;
        });
        Files.deleteIfExists(staging);
        TestUsers.create(context, "large-admin", Role.ADMIN, null);
        WebTestClient admin = TestUsers.as(web, context, "large-admin");

        admin.get().uri("/api/analytics/ranking?region=big&metric=requests.new_received.total&year=2023").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("5001 个机构").contains("请选择下一级地区"));
        admin.get().uri("/api/analytics/series?region=big&metric=requests.new_received.total&from=2022&to=2023")
                .exchange().expectStatus().isBadRequest();
        admin.get().uri("/api/analytics/ranking?region=big&metric=requests.new_received.total&year=2023&kind=DEPARTMENT")
                .exchange().expectStatus().isOk();
        admin.get().uri("/api/analytics/overview?region=big&year=2023").exchange().expectStatus().isOk();
        admin.get().uri("/api/analytics/rollup?region=big&year=2023").exchange().expectStatus().isOk();
    }
}
