package cn.nianbao.backend.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.demo.DemoCity;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The backend as its own process against a real PostgreSQL, killed with SIGKILL in the middle of importing a few
 * hundred generated reports: no version is half stored (each has its table rows, its source document and its audit
 * record), the restarted backend resumes the job by itself, and in the end there is exactly one version per report.
 * Importing the same archive again stores nothing.
 */
class ImportSurvivesSigkillTest {

    private static final String PASSWORD = "Sigkill-test-password-2026";
    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private EmbeddedPostgres postgres;
    private Process backend;
    private int port;

    @AfterEach
    void stop() throws IOException {
        if (backend != null) {
            backend.destroyForcibly();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aKilledImportLeavesNothingHalfStoredAndIsResumedAtStart() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        List<GeneratedDocuments.Document> documents = new ArrayList<>();
        List<DemoCity> cities = List.of(GeneratedDocuments.city(1, 2019, 2024), GeneratedDocuments.city(2, 2019, 2024));
        cities.forEach(city -> documents.addAll(GeneratedDocuments.documents(city)));
        Path zip = folder.resolve("reports.zip");
        try (var out = Files.newOutputStream(zip)) {
            GeneratedDocuments.write(out, GeneratedDocuments.entries(documents));
        }

        start();
        cities.forEach(city -> city.agencies().forEach(this::insertAgency));
        String token = signIn();
        String id = upload(token, zip);
        JsonNode midway = poll(token, id, job -> job.get("processed").asInt() >= documents.size() / 4);
        assertThat(midway.get("state").asString()).isEqualTo("running");

        backend.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no graceful anything
        backend = null;

        int stored = count("select count(*) from report_version");
        assertThat(stored).isPositive().isLessThan(documents.size());
        assertNothingHalfStored();

        start();
        token = signIn();
        JsonNode done = poll(token, id, job -> job.get("state").asString().equals("done"));
        for (JsonNode item : done.get("items")) {
            assertThat(item.get("status").asString()).as(item.toString()).isIn("imported", "unchanged");
        }
        assertThat(count("select count(*) from report_version")).isEqualTo(documents.size());
        assertThat(count("select count(*) from report")).isEqualTo(documents.size());
        assertThat(count("select count(*) from report_version where version_no <> 1")).isZero();
        assertNothingHalfStored();

        JsonNode again = poll(token, upload(token, zip), job -> job.get("state").asString().equals("done"));
        again.get("items").forEach(item -> assertThat(item.get("status").asString()).isEqualTo("unchanged"));
        assertThat(count("select count(*) from report_version")).isEqualTo(documents.size());
    }

    /** Every version has its three tables, its narrative, its document and one audit record; every report is active. */
    private void assertNothingHalfStored() throws SQLException {
        assertThat(count("select count(*) from report_version v where not exists "
                + "(select 1 from request_row r where r.version_id = v.id) or not exists "
                + "(select 1 from proactive_row p where p.version_id = v.id) or not exists "
                + "(select 1 from review_row r where r.version_id = v.id) or not exists "
                + "(select 1 from narrative_section n where n.version_id = v.id) or v.source_document_id is null"))
                .isZero();
        assertThat(count("select count(*) from report where active_version_id is null")).isZero();
        assertThat(count("select count(*) from audit_event where action = 'REPORT_STORED'"))
                .isEqualTo(count("select count(*) from report_version"));
    }

    private void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = folder.resolve("backend-" + Instant.now().toEpochMilli() + ".log");
        backend = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "cn.nianbao.backend.NianbaoBackend",
                "--server.port=" + port,
                "--nianbao.database.url=postgresql://localhost:" + postgres.getPort() + "/postgres",
                "--nianbao.database.username=postgres", "--nianbao.database.password=",
                "--nianbao.security.initial-admin-password=" + PASSWORD,
                "--nianbao.quality.nightly-run=-", "--nianbao.demo.enabled=false",
                "--logging.level.root=warn")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant until = Instant.now().plus(START);
        while (true) {
            assertThat(backend.isAlive()).as(() -> "backend died: " + tail(log)).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertThat(Instant.now()).as(() -> "backend did not start: " + tail(log)).isBefore(until);
            Thread.sleep(250);
        }
    }

    private String signIn() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ContractJson.MAPPER.readTree(response.body()).get("token").asString();
    }

    private String upload(String token, Path zip) throws Exception {
        String boundary = "----nianbao" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"reports.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(zip));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return ContractJson.MAPPER.readTree(response.body()).get("id").asString();
    }

    private JsonNode poll(String token, String id, Predicate<JsonNode> until) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/imports/" + id))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode job = ContractJson.MAPPER.readTree(response.body());
            if (until.test(job)) {
                return job;
            }
            assertThat(Instant.now()).as("waiting for the job: processed " + job.get("processed")).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private void insertAgency(NewAgency agency) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into agency (code, name, kind, parent_id,"
                     + " sort_order) values (?, ?, ?::agency_kind, (select id from agency where code = ?), ?)"
                     + " returning id");
             PreparedStatement period = connection.prepareStatement(
                     "insert into agency_reporting_period (agency_id, first_year, last_year) values (?, ?, ?)")) {
            insert.setString(1, agency.code());
            insert.setString(2, agency.name());
            insert.setString(3, agency.kind().name());
            insert.setString(4, agency.parentCode());
            insert.setInt(5, agency.sortOrder());
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                for (ReportingPeriod reporting : agency.reportingPeriods()) {
                    period.setLong(1, id.getLong(1));
                    period.setInt(2, reporting.firstYear());
                    period.setObject(3, reporting.lastYear());
                    period.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
