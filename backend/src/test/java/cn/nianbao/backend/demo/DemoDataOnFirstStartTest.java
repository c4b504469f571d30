package cn.nianbao.backend.demo;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.REPORT;
import static cn.nianbao.backend.db.Tables.REPORT_VERSION;
import static cn.nianbao.backend.db.Tables.SOURCE_DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.backend.NianbaoBackend;
import cn.nianbao.backend.account.UserAccount;
import cn.nianbao.backend.account.persistence.UserRepository;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.contract.NarrativeSection;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.report.ContentHash;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.ReportVersionInfo;
import cn.nianbao.backend.report.StoredReport;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.support.Fixtures;
import cn.nianbao.backend.support.JsonComparison;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;

/**
 * The product's first start and a restart, as a user gets them: the embedded PostgreSQL on a data directory, the
 * demo data loaded once, and everything still there after the backend is stopped and started again.
 */
class DemoDataOnFirstStartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void loadsTheDemoOnceAndKeepsEverythingAcrossARestart() {
        try (ConfigurableApplicationContext first = start()) {
            DSLContext dsl = first.getBean(DSLContext.class);
            assertThat(count(dsl, REPORT_VERSION)).isEqualTo(154 + 4);
            assertThat(count(dsl, AGENCY)).isEqualTo(27 + 7);
            assertThat(count(dsl, SOURCE_DOCUMENT)).isEqualTo(4);
            ReportService reports = first.getBean(ReportService.class);
            StoredReport shizui = reports.find(TestUsers.SYSTEM_ADMIN, "jl.jilin.panshi.shizui", 2023).block();
            assertThat(shizui.agency().name()).isEqualTo("磐石市石嘴镇人民政府");
            assertThat(shizui.report().request(RequestRow.CARRIED_OVER, ApplicantColumn.TOTAL)).isZero();
            assertThat(reports.find(TestUsers.SYSTEM_ADMIN, "demo.t01", 2023).block().version())
                    .extracting(ReportVersionInfo::origin, ReportVersionInfo::createdBy, ReportVersionInfo::sourceDocument)
                    .containsExactly(VersionOrigin.DEMO, "示例数据", null);
            theRealReportsKeepTheirDocuments(reports);
        }

        int port;
        try (ConfigurableApplicationContext second = start()) {
            DSLContext dsl = second.getBean(DSLContext.class);
            port = URI.create(second.getEnvironment().getProperty("spring.r2dbc.url").substring("r2dbc:".length()))
                    .getPort();
            assertThat(count(dsl, REPORT_VERSION)).isEqualTo(154 + 4);
            assertThat(count(dsl, REPORT)).isEqualTo(154 + 4);
            assertThat(second.getEnvironment().getProperty("nianbao.database.embedded.active-data-dir"))
                    .isEqualTo(dataDirectory.toAbsolutePath().normalize().toString());
        }
        assertThat(listening(port)).as("the embedded server stops with the backend").isFalse();
    }

    /** The four real reports: imported by the system from their original documents, with their checked values. */
    private static void theRealReportsKeepTheirDocuments(ReportService reports) {
        for (SampleReports.Sample sample : SampleReports.REPORTS) {
            StoredReport stored = reports.find(TestUsers.SYSTEM_ADMIN, sample.agencyCode(), sample.year()).block();
            String fixture = sample.values().replace(".json", "");
            byte[] original = Fixtures.read(Fixtures.document(fixture));

            assertThat(stored.version()).as(sample.document())
                    .extracting(ReportVersionInfo::origin, ReportVersionInfo::createdBy, ReportVersionInfo::reason)
                    .containsExactly(VersionOrigin.IMPORT, "系统", null);
            assertThat(stored.version().sourceDocument().fileName()).isEqualTo(sample.document());
            assertThat(stored.version().sourceDocument().sha256()).isEqualTo(ContentHash.sha256(original));
            assertThat(reports.source(TestUsers.SYSTEM_ADMIN, sample.agencyCode(), sample.year(), 1).block()
                    .content()).isEqualTo(original);
            assertThat(JsonComparison.sameJson(ContractJson.write(stored.report().withDetails(
                            AnnualReport.Details.NONE)), ContractJson.write(Fixtures.report(fixture))))
                    .as(sample.values() + ": the hand-checked tables").isTrue();
            assertThat(stored.report().details().sections()).as(sample.document() + ": the narrative as read")
                    .extracting(NarrativeSection::number).contains(1, 5, 6);
        }
    }

    @Test
    void demoUsersExistOnlyInTheDemoProfile() {
        try (ConfigurableApplicationContext demo = start()) {
            UserRepository users = demo.getBean(UserRepository.class);
            assertThat(users.page("", 0, 500).collectList().block())
                    .extracting(UserAccount::username, UserAccount::role, UserAccount::scopeAgencyCode,
                            UserAccount::disabled)
                    .containsExactlyInAnyOrder(tuple("admin", Role.ADMIN, null, false),
                            tuple("supervisor", Role.SUPERVISOR, "demo", false),
                            tuple("clerk", Role.CLERK, "demo.t01", false),
                            tuple("viewer", Role.VIEWER, "demo", false));
        }

        try (ConfigurableApplicationContext real = new SpringApplicationBuilder(NianbaoBackend.class)
                .run("--server.port=0", "--nianbao.database.url=",
                        "--nianbao.database.embedded.data-dir=" + dataDirectory, "--nianbao.demo.enabled=false")) {
            List<UserAccount> users = real.getBean(UserRepository.class).page("", 0, 500).collectList().block();
            assertThat(users).filteredOn(UserAccount::demo).allMatch(UserAccount::disabled).hasSize(4);
            assertThat(users).filteredOn(user -> !user.demo()).extracting(UserAccount::username, UserAccount::role)
                    .containsExactly(tuple("administrator", Role.ADMIN));
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NianbaoBackend.class)
                .run("--server.port=0", "--nianbao.database.url=",
                        "--nianbao.database.embedded.data-dir=" + dataDirectory, "--nianbao.demo.enabled=true");
    }

    private static int count(DSLContext dsl, org.jooq.Table<?> table) {
        return Mono.from(dsl.selectCount().from(table)).block().value1();
    }

    static boolean listening(int port) {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
