package cn.nianbao.backend.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cn.nianbao.backend.NianbaoBackend;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.ReportFormat;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Analytics reads on a real streaming-replication standby, writes on the real primary: two PostgreSQL servers from
 * Debian's packages on loopback, the standby made with {@code pg_basebackup}. Replay on the standby is paused to tell
 * the two apart: a report stored then is on the primary only, so the dashboard's figures (read from the standby) do
 * not show it until replay resumes. With the standby stopped, the same figures come from the primary, without an
 * error. Skipped when the server binaries are missing, except in CI.
 */
class StandbyReadsTest {

    private static final String PASSWORD = "standby-test-password";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private static Path bin;
    private static Path directory;
    private static int primaryPort;
    private static int standbyPort;
    private static final List<Path> running = new ArrayList<>();
    private static ConfigurableApplicationContext backend;

    @BeforeAll
    static void primaryAndStandby() throws Exception {
        Optional<Path> found = serverBinaries();
        if (found.isEmpty()) {
            String message = "PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup) not found under "
                    + "/usr/lib/postgresql: apt-get install postgresql";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            assumeTrue(false, message);
        }
        bin = found.get();
        directory = Files.createTempDirectory("nianbao-standby");
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path passwordFile = directory.resolve("password");
        Files.writeString(passwordFile, PASSWORD);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));
        primaryPort = freePort();
        standbyPort = freePort();

        Path primary = directory.resolve("primary");
        run(List.of(bin.resolve("initdb").toString(), "-D", primary.toString(), "-U", "postgres", "-E", "UTF8",
                "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256", "--pwfile=" + passwordFile));
        start(primary, primaryPort);

        Path standby = directory.resolve("standby");
        run(List.of(bin.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p", String.valueOf(primaryPort),
                "-U", "postgres", "-D", standby.toString(), "-R", "-X", "stream"));
        start(standby, standbyPort);

        backend = new SpringApplicationBuilder(NianbaoBackend.class).run(
                "--server.port=0",
                "--nianbao.database.url=postgresql://127.0.0.1:" + primaryPort + "/postgres",
                "--nianbao.database.password=" + PASSWORD,
                "--nianbao.database.standby-urls=postgresql://127.0.0.1:" + standbyPort + "/postgres",
                "--nianbao.server.address=127.0.0.1",
                "--nianbao.quality.nightly-run=-",
                "--nianbao.demo.enabled=false");
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (backend != null) {
            backend.close();
        }
        for (Path data : running.reversed()) {
            stop(data);
        }
        if (directory != null) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void readsComeFromTheStandbyWritesGoToThePrimaryAndReadsFallBackWhenTheStandbyStops() throws Exception {
        AgencyDirectory agencies = backend.getBean(AgencyDirectory.class);
        agencies.addIfAbsent(new NewAgency("s", "某县人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                List.of(new ReportingPeriod(2019, null)))).block();
        agencies.addIfAbsent(new NewAgency("s.a", "甲镇人民政府", AgencyKind.TOWNSHIP, "s", 0, false,
                List.of(new ReportingPeriod(2019, null)))).block();
        TestUsers.create(backend, "standby-admin", Role.ADMIN, null);
        WebTestClient api = TestUsers.as(WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + ((WebServerApplicationContext) backend).getWebServer().getPort())
                .responseTimeout(Duration.ofSeconds(30)).build(), backend, "standby-admin");

        StandbyReads reads = backend.getBean(StandbyReads.class);
        assertThat(reads.configured()).isTrue();
        assertThat(inRecovery(reads.tx())).as("the reads' server is a standby").isTrue();
        assertThat(inRecovery(reads.planned())).as("the planned reads' server").isTrue();
        assertThat(inRecovery(backend.getBean(Database.class).autoCommit())).as("the writes' server").isFalse();
        assertThat(Mono.from(reads.tx().dsl().resultQuery("SHOW statement_timeout")).block().get(0, String.class))
                .as("the reads' pool stops a statement like the primary's").isEqualTo("1min");

        store(2022, 30);
        awaitReceived(api, 2022, 30);

        psql(standbyPort, "select pg_wal_replay_pause()");
        store(2023, 45);
        // the report page reads the primary: the new report is there at once
        api.get().uri("/api/reports/s.a/2023").exchange().expectStatus().isOk().expectBody(Void.class);
        // the figures read the standby, which has not replayed it yet
        Thread.sleep(1500);
        assertThat(received(api, 2023)).isNull();
        psql(standbyPort, "select pg_wal_replay_resume()");
        awaitReceived(api, 2023, 45);

        stop(directory.resolve("standby"));
        running.remove(directory.resolve("standby"));
        store(2024, 7);
        for (int i = 0; i < 5; i++) {
            assertThat(received(api, 2024)).isEqualTo(7);
            assertThat(received(api, 2023)).isEqualTo(45);
            // the overview's totals and years are planned reads: their pool falls back too
            assertThat(overviewReceived(api, 2024)).isEqualTo(7);
        }
    }

    private static boolean inRecovery(Tx tx) {
        return Mono.from(tx.dsl().select(DSL.field("pg_is_in_recovery()", Boolean.class))).block().value1();
    }

    private static void store(int year, int received) {
        Map<RequestRow, ApplicantCounts> requests = Map.of(RequestRow.NEW_RECEIVED,
                ApplicantCounts.of(null, null, null, null, null, null, received));
        AnnualReport report = new AnnualReport(ReportFormat.F2021, null, year, null, null, requests, null,
                new AnnualReport.Details(null, null, List.of(), null, null));
        backend.getBean(ReportService.class)
                .storeAsSystem("s.a", year, new NewVersion(report, VersionOrigin.API, "test", null, null)).block();
    }

    /** The township's 本年新收 for the year as the dashboard's series reads it; null while it has no report. */
    private static Integer received(WebTestClient api, int year) {
        JsonNode body = api.get().uri("/api/analytics/series?region=s&metric=requests.new_received.total&from={y}&to={y}",
                        year, year)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        for (JsonNode series : body.get("series")) {
            if (!"s.a".equals(series.get("agency_code").asString())) {
                continue;
            }
            for (JsonNode point : series.get("points")) {
                if (point.get("year").asInt() == year && !point.get("value").isNull()) {
                    return point.get("value").asInt();
                }
            }
        }
        return null;
    }

    /** The overview's tile of 本年新收 for the region's year. */
    private static int overviewReceived(WebTestClient api, int year) {
        JsonNode body = api.get().uri("/api/analytics/overview?region=s&year={y}", year)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        for (JsonNode tile : body.get("tiles")) {
            if ("requests.new_received.total".equals(tile.get("id").asString())) {
                return tile.get("value").asInt();
            }
        }
        throw new AssertionError("no tile of 本年新收 in " + body);
    }

    private static void awaitReceived(WebTestClient api, int year, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Integer value = null;
        while (System.nanoTime() < deadline) {
            value = received(api, year);
            if (Integer.valueOf(expected).equals(value)) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(value).as("本年新收 %d on the standby", year).isEqualTo(expected);
    }

    private static Optional<Path> serverBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(b -> Stream.of("initdb", "pg_ctl", "pg_basebackup", "postgres", "psql")
                            .allMatch(tool -> Files.isExecutable(b.resolve(tool))))
                    .max(Comparator.comparing(Path::toString));
        }
    }

    private static void start(Path data, int port) throws Exception {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-l",
                data.resolveSibling(data.getFileName() + ".log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + directory, "start"));
        running.add(data);
    }

    private static void stop(Path data) throws Exception {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-m", "fast", "stop"));
    }

    private static void psql(int port, String sql) throws Exception {
        run(List.of(bin.resolve("psql").toString(), "-h", directory.toString(), "-p", String.valueOf(port), "-U",
                "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", sql));
    }

    /** Runs a server tool, as the postgres user when the test runs as root (the server refuses root). */
    private static void run(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (ROOT) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
