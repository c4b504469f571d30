package cn.nianbao.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.BulkAgencies;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.platform.database.OwnerDatabase;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.report.BulkReports;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.StoreResult;
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
 * The COPY path of the national data set gives the same database as storing report by report: the demo city loaded
 * by COPY reads back through the API with its tables as generated, its tree complete, and storing any of its reports
 * again (as kept: tables and metadata, without narrative) through the normal path finds it unchanged.
 */
@BackendIntegrationTest
class BulkLoadTest {

    @Autowired
    OwnerDatabase owner;
    @Autowired
    ReportService reports;
    @Autowired
    AgencyDirectory agencies;
    @Autowired
    DSLContext dsl;
    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;

    @Test
    void theDemoCityByCopyReadsBackAsStoredOneByOne() throws Exception {
        TestDatabase.truncate(dsl);
        DemoCity city = new DemoCity(DemoCity.Spec.DEFAULT);
        Path staging = Files.createTempDirectory("bulk-load-test");
        Map<String, Long> ids = new HashMap<>();
        List<DemoCity.GeneratedReport> generated = city.reports();
        owner.withConnection(connection -> {
            try (BulkAgencies bodies = BulkAgencies.open(connection, staging);
                 BulkReports copies = BulkReports.open(connection, staging)) {
                for (NewAgency agency : city.agencies()) {
                    ids.put(agency.code(), bodies.add(agency, ids.get(agency.parentCode())));
                }
                generated.forEach(r -> copies.add(ids.get(r.agencyCode()), r.year(), r.report(), VersionOrigin.DEMO,
                        DemoDataLoader.LOADED_BY));
                bodies.load(connection);
                copies.load(connection);
            }
            return null;
        });
        Files.deleteIfExists(staging);

        TestUsers.create(context, "bulk-admin", Role.ADMIN, null);
        WebTestClient admin = TestUsers.as(web, context, "bulk-admin");
        JsonNode tree = admin.get().uri("/api/agencies?under=demo").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(tree.size()).isEqualTo(city.agencies().size());

        DemoCity.GeneratedReport sample = generated.get(generated.size() / 2);
        JsonNode read = admin.get().uri("/api/reports/{a}/{y}", sample.agencyCode(), sample.year()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(read.get("version").get("origin").asString()).isEqualTo("DEMO");
        assertThat(read.get("report").get("requests").toString().replace(" ", ""))
                .isEqualTo(cn.nianbao.backend.contract.ContractJson.write(sample.report()).get("requests").toString()
                        .replace(" ", ""));

        for (DemoCity.GeneratedReport report : List.of(generated.getFirst(), sample, generated.getLast())) {
            StoreResult again = reports.storeAsSystem(report.agencyCode(), report.year(),
                    new NewVersion(BulkReports.kept(report.report()), VersionOrigin.DEMO, DemoDataLoader.LOADED_BY, null, null)).block();
            assertThat(again.created()).as(report.agencyCode() + " " + report.year()).isFalse();
        }
    }
}
