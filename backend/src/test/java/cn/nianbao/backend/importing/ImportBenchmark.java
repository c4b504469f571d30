package cn.nianbao.backend.importing;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.NarrativeSection;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.report.ContentHash;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.SourceDocument;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Not a test: the import benchmark of docs/BENCHMARKS.md, run only when asked for with
 * {@code -Dnianbao.bench=import} (and {@code -Dnianbao.bench.reports=N}, 10,000 by default). The demo generator's
 * reports rendered as text, one ZIP of folders, imported end to end through the API (received, unpacked, parsed,
 * recognised, stored with their documents and checks); then the storage step alone for other reports, compared with
 * a raw COPY of the same rows into the same tables (in a transaction rolled back); the heap after GC at the start and
 * the end. It prints the figures and asserts nothing about time.
 */
@BackendIntegrationTest
@EnabledIfSystemProperty(named = "nianbao.bench", matches = "import")
@TestPropertySource(properties = {"logging.level.root=warn", "nianbao.quality.nightly-run=-"})
class ImportBenchmark {

    /** Reports stored by the storage step alone (other bodies than those imported). */
    private static final int STORE_ONLY = Integer.getInteger("nianbao.bench.store-only", 1000);

    @Autowired
    WebTestClient web;
    @Autowired
    AgencyDirectory agencies;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReportService reports;
    @Autowired
    ImportProperties importing;
    @LocalServerPort
    int port;

    @Test
    void importTenThousandReports() throws Exception {
        int wanted = Integer.getInteger("nianbao.bench.reports", 10_000);
        TestDatabase.truncate(dsl);
        TestUsers.create(context, "admin", Role.ADMIN, null);
        WebTestClient admin = TestUsers.as(web, context, "admin").mutate().responseTimeout(Duration.ofMinutes(10))
                .build();

        List<GeneratedDocuments.Document> imported = new ArrayList<>();
        List<DemoCity.GeneratedReport> storedAlone = new ArrayList<>();
        for (int number = 1; imported.size() < wanted || storedAlone.size() < STORE_ONLY; number++) {
            DemoCity city = GeneratedDocuments.city(number, 2021, 2024);
            city.agencies().forEach(agency -> agencies.addIfAbsent(agency).block());
            if (imported.size() < wanted) {
                GeneratedDocuments.documents(city).stream().limit(wanted - imported.size()).forEach(imported::add);
            } else {
                city.reports().stream().limit(STORE_ONLY - storedAlone.size()).forEach(storedAlone::add);
            }
        }
        Path zip = Files.createTempFile("nianbao-bench-", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            for (GeneratedDocuments.Document document : imported) {
                out.putNextEntry(new ZipEntry(document.path()));
                out.write(document.bytes());
                out.closeEntry();
            }
        }
        long heapStart = heapAfterGc();
        histogram("start");

        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("files", new FileSystemResource(zip));
        Instant started = Instant.now();
        // a plain client: the test client records every request body, and its pooled connection kept the whole ZIP
        // (it was most of the growth of the heap first measured here)
        String id = WebClient.create("http://localhost:" + port).post().uri("/api/imports")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestUsers.token(context, "admin"))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).retrieve().bodyToMono(JsonNode.class)
                .block(Duration.ofMinutes(10)).get("id").asString();
        Duration queued = Duration.between(started, Instant.now());
        JsonNode job;
        boolean halfway = false;
        do {
            Thread.sleep(1000);
            job = admin.get().uri("/api/imports?limit=1").exchange().expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody().get(0);
            if (!halfway && job.get("processed").asInt() >= imported.size() / 2) {
                halfway = true;
                histogram("middle");
            }
        } while (!job.get("state").asString().equals("done"));
        Duration endToEnd = Duration.between(started, Instant.now());
        long heapEnd = heapAfterGc();
        histogram("end");
        Files.delete(zip);

        Duration copy = copyRows(storedAlone);
        Instant storing = Instant.now();
        // as the workers store them: batches of the configured size, as many at once as there are workers
        Flux.fromIterable(storedAlone)
                .map(generated -> new ReportService.Imported(generated.agencyCode(), generated.year(),
                        version(generated), "benchmark"))
                .buffer(importing.batch())
                .flatMap(this::storeAll, importing.workers())
                .blockLast();
        Duration store = Duration.between(storing, Instant.now());

        String figures = String.format(java.util.Locale.ROOT, """
                        import of %d reports (id %s): counts %s
                          end to end %.1f s = %.1f reports/s (upload received, unpacked and queued in %.1f s)
                          storage step alone (batches of %d, %d at once), %d reports: %.1f s = %.1f reports/s; raw COPY of the same rows %.2f s; ratio %.1f
                          heap after GC: start %d MB, end %d MB""",
                imported.size(), id, job.get("counts"), seconds(endToEnd), imported.size() / seconds(endToEnd),
                seconds(queued), importing.batch(), importing.workers(), storedAlone.size(), seconds(store), storedAlone.size() / seconds(store),
                seconds(copy), seconds(store) / seconds(copy), heapStart >> 20, heapEnd >> 20);
        System.out.println(figures);
        Files.writeString(Path.of("target", "import-benchmark.txt"), figures);
    }

    /** A batch stored, and what it left (its bodies were being checked by another batch) stored again, as workers do. */
    private Mono<Void> storeAll(List<ReportService.Imported> batch) {
        return reports.storeImported(TestUsers.SYSTEM_ADMIN, batch).flatMap(outcomes -> {
            List<ReportService.Imported> left = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (outcomes.get(i).left()) {
                    left.add(batch.get(i));
                }
            }
            return left.isEmpty() ? Mono.<Void>empty() : storeAll(left);
        });
    }

    private static NewVersion version(DemoCity.GeneratedReport generated) {
        byte[] text = GeneratedDocuments.text(generated.report());
        return new NewVersion(generated.report(), VersionOrigin.IMPORT, "admin", null,
                new SourceDocument(generated.year() + ".txt", "text/plain", text));
    }

    /**
     * The rows the store writes for these reports — document, report, version, the three tables, the narrative —
     * written with COPY into the same tables as the owner, timed, and rolled back (ids are taken far above the
     * sequences so that nothing collides; the identity columns accept them inside the transaction).
     */
    private Duration copyRows(List<DemoCity.GeneratedReport> generated) {
        Map<String, Long> ids = new java.util.HashMap<>();
        for (DemoCity.GeneratedReport report : generated) {
            ids.computeIfAbsent(report.agencyCode(), code -> agencies.byCode(code).block().id());
        }
        StringBuilder documents = new StringBuilder();
        StringBuilder reportRows = new StringBuilder();
        StringBuilder versions = new StringBuilder();
        StringBuilder requests = new StringBuilder();
        StringBuilder proactive = new StringBuilder();
        StringBuilder reviews = new StringBuilder();
        StringBuilder narrative = new StringBuilder();
        long base = 1_000_000_000L;
        for (int i = 0; i < generated.size(); i++) {
            DemoCity.GeneratedReport g = generated.get(i);
            AnnualReport report = g.report();
            long id = base + i;
            byte[] text = GeneratedDocuments.text(report);
            documents.append(id).append('\t').append(ContentHash.sha256(text)).append("\ttext/plain\t").append(g.year())
                    .append(".txt\t").append(text.length).append("\t\\\\x").append(HexFormat.of().formatHex(text))
                    .append("\tadmin\n");
            reportRows.append(id).append('\t').append(ids.get(g.agencyCode())).append('\t').append(g.year()).append('\n');
            AnnualReport.Details details = report.details();
            versions.append(id).append('\t').append(id).append("\t1\t").append(report.format().code()).append('\t')
                    .append(report.agency()).append('\t').append(value(report.signedOn())).append('\t')
                    .append(value(details.statisticsPeriod() == null ? null : details.statisticsPeriod().from()))
                    .append('\t')
                    .append(value(details.statisticsPeriod() == null ? null : details.statisticsPeriod().to()))
                    .append('\t').append(value(details.publishedOn())).append("\tIMPORT\t").append(id).append('\t')
                    .append(ContentHash.of(report)).append("\tadmin\n");
            report.requests().forEach((row, c) -> requests.append(id).append('\t').append(row.code())
                    .append(cells(c.naturalPerson(), c.commercial(), c.research(), c.publicInterest(),
                            c.legalServices(), c.other(), c.total())).append('\n'));
            if (report.proactive() != null) {
                report.proactive().forEach((row, c) -> proactive.append(id).append('\t').append(row.code())
                        .append(cells(c.issued(), c.repealed(), c.inForce(), c.decisions(), c.amountWanYuan()))
                        .append('\n'));
            }
            report.reviews().forEach((row, c) -> reviews.append(id).append('\t').append(row.code())
                    .append(cells(c.upheld(), c.corrected(), c.other(), c.pending(), c.total())).append('\n'));
            for (NarrativeSection section : details.sections()) {
                narrative.append(id).append('\t').append(section.number()).append('\t')
                        .append(escape(section.heading())).append('\t').append(escape(section.text())).append('\n');
            }
        }
        Duration[] took = new Duration[1];
        TestDatabase.asOwner(dsl, owner -> owner.connection(connection -> {
            connection.setAutoCommit(false);
            try {
                for (String table : List.of("source_document", "report", "report_version")) {
                    connection.createStatement().execute("ALTER TABLE " + table
                            + " ALTER COLUMN id SET GENERATED BY DEFAULT");
                }
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                Instant start = Instant.now();
                copy.copyIn("COPY source_document (id, sha256, media_type, file_name, size_bytes, content, received_by)"
                        + " FROM STDIN", new StringReader(documents.toString()));
                copy.copyIn("COPY report (id, agency_id, year) FROM STDIN", new StringReader(reportRows.toString()));
                copy.copyIn("COPY report_version (id, report_id, version_no, format, agency_name_printed, signed_on,"
                        + " period_from, period_to, published_on, origin, source_document_id, content_hash,"
                        + " created_by) FROM STDIN", new StringReader(versions.toString()));
                copy.copyIn("COPY request_row FROM STDIN", new StringReader(requests.toString()));
                copy.copyIn("COPY proactive_row FROM STDIN", new StringReader(proactive.toString()));
                copy.copyIn("COPY review_row FROM STDIN", new StringReader(reviews.toString()));
                copy.copyIn("COPY narrative_section FROM STDIN", new StringReader(narrative.toString()));
                connection.createStatement().execute("UPDATE report SET active_version_id = id WHERE id >= " + base);
                took[0] = Duration.between(start, Instant.now());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }));
        return took[0];
    }

    private static String cells(Object... values) {
        StringBuilder line = new StringBuilder();
        for (Object value : values) {
            line.append('\t').append(value(value));
        }
        return line.toString();
    }

    private static String value(Object value) {
        return value == null ? "\\N" : value instanceof java.math.BigDecimal decimal ? decimal.toPlainString()
                : value.toString();
    }

    private static String escape(String text) {
        return text == null ? "\\N" : text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /**
     * The live objects by class (jcmd GC.class_histogram, which collects first) into
     * {@code target/import-histogram-<when>.txt}: comparing start, middle and end says what the run keeps.
     */
    private static void histogram(String when) throws Exception {
        Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Files.writeString(Path.of("target", "import-histogram-" + when + ".txt"), text.toString());
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
