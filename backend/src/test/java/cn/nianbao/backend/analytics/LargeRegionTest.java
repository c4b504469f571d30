package cn.nianbao.backend.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.BulkAgencies;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.platform.database.OwnerDatabase;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A region with more bodies than an answer lists one by one: ranking and series answer per sub-region (each summed
 * over its subtree) unless bodies are asked for, which says so and names the way out; the answers that add up
 * (overview, roll-up) still come.
 */
@BackendIntegrationTest
class LargeRegionTest {

    private static final int CITIES = 3;

    @Autowired
    OwnerDatabase owner;
    @Autowired
    DSLContext dsl;
    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReportService reports;

    @Test
    void aLargeRegionIsAnsweredBySubRegionAndBodiesAreBounded() throws Exception {
        TestDatabase.truncate(dsl);
        Path staging = Files.createTempDirectory("large-region");
        List<ReportingPeriod> always = List.of(new ReportingPeriod(2019, null));
        owner.withConnection(connection -> {
            try (BulkAgencies bodies = BulkAgencies.open(connection, staging)) {
                long root = bodies.add(new NewAgency("big", "大省人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0,
                        false, always), null);
                long[] cities = new long[CITIES];
                for (int c = 0; c < CITIES; c++) {
                    cities[c] = bodies.add(new NewAgency("big.c" + c, "第" + c + "市人民政府",
                            AgencyKind.PEOPLES_GOVERNMENT, "big", c, false, always), root);
                }
                for (int i = 0; i < AnalysedRegions.MAX_BODIES; i++) {
                    bodies.add(new NewAgency("big.c" + i % CITIES + ".t" + i, "第" + i + "镇人民政府",
                            AgencyKind.TOWNSHIP, "big.c" + i % CITIES, i, false, always), cities[i % CITIES]);
                }
                bodies.load(connection);
            }
            return null;
        });
        Files.deleteIfExists(staging);
        // three reports of 2023: two in the first city, one in the second
        List<DemoCity.GeneratedReport> of2023 = new DemoCity(DemoCity.Spec.DEFAULT).reports().stream()
                .filter(report -> report.year() == 2023 && newReceived(report.report()) != null).limit(3).toList();
        List<String> bodies = List.of("big.c0.t0", "big.c0.t3", "big.c1.t1");
        for (int i = 0; i < bodies.size(); i++) {
            reports.storeAsSystem(bodies.get(i), 2023, new NewVersion(of2023.get(i).report(), VersionOrigin.DEMO,
                    "测试", null, null)).block();
        }
        TestUsers.create(context, "large-admin", Role.ADMIN, null);
        WebTestClient admin = TestUsers.as(web, context, "large-admin");

        JsonNode ranking = json(admin, "/api/analytics/ranking?region=big&metric=requests.new_received.total&year=2023");
        assertThat(ranking.get("by").asString()).isEqualTo("children");
        assertThat(ranking.get("lines")).hasSize(CITIES);
        JsonNode first = ranking.get("lines").get(0);
        int firstCity = newReceived(of2023.get(0).report()) + newReceived(of2023.get(1).report());
        int secondCity = newReceived(of2023.get(2).report());
        assertThat(first.get("agency_code").asString()).isEqualTo(firstCity >= secondCity ? "big.c0" : "big.c1");
        assertThat(first.get("current").get("value").asInt()).isEqualTo(Math.max(firstCity, secondCity));
        assertThat(ranking.get("lines").get(2).get("agency_code").asString()).isEqualTo("big.c2");
        assertThat(ranking.get("lines").get(2).get("current").get("state").asString()).isEqualTo("blank");

        JsonNode series = json(admin,
                "/api/analytics/series?region=big&metric=requests.new_received.total&from=2022&to=2023");
        assertThat(series.get("by").asString()).isEqualTo("children");
        assertThat(series.get("series").get(0).get("agency_code").asString()).isEqualTo("big.c0");
        assertThat(series.get("series").get(0).get("points").get(1).get("value").asInt()).isEqualTo(firstCity);

        admin.get().uri("/api/analytics/ranking?region=big&metric=requests.new_received.total&year=2023&by=bodies")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains((AnalysedRegions.MAX_BODIES + CITIES) + " 个机构").contains("请选择下一级地区"));
        admin.get().uri("/api/analytics/ranking?region=big&metric=requests.new_received.total&by=towns")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("by");
        JsonNode city = json(admin,
                "/api/analytics/ranking?region=big.c0&metric=requests.new_received.total&year=2023&kind=DEPARTMENT");
        assertThat(city.get("by").asString()).as("a city lists its bodies").isEqualTo("bodies");
        assertThat(json(admin, "/api/analytics/overview?region=big&year=2023").get("tiles").get(1).get("value")
                .asInt()).as("已报机构数").isEqualTo(bodies.size());
        admin.get().uri("/api/analytics/rollup?region=big&year=2023").exchange().expectStatus().isOk()
                .expectBody(Void.class);
    }

    private static Integer newReceived(AnnualReport report) {
        return report.request(RequestRow.NEW_RECEIVED, ApplicantColumn.TOTAL);
    }

    private static JsonNode json(WebTestClient client, String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }
}
