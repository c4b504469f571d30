package cn.nianbao.backend.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.parser.ParseOutcome;
import cn.nianbao.backend.parser.ReportParser;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.SourceDocument;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.Fixtures;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;

/**
 * The findings kept for a version read from a document say where in the document their cells were read — after the
 * import (batch and single), after a run on demand, after an older version is made active again — and those of a
 * version entered by hand say nothing of a source: on the real 洪泽区 2023 report, whose 表四 totals are wrong.
 */
@BackendIntegrationTest
class StoredSourcePositionsTest {

    private static final String HONGZE = "js.huaian.hongze";

    @Autowired
    WebTestClient web;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReportService reports;

    private WebTestClient admin;

    @BeforeEach
    void huaianAndHongze() {
        TestDatabase.truncate(dsl);
        AgencyDirectory agencies = context.getBean(AgencyDirectory.class);
        for (NewAgency body : List.of(
                new NewAgency("js", "江苏省人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false, List.of()),
                new NewAgency("js.huaian", "淮安市人民政府", AgencyKind.PEOPLES_GOVERNMENT, "js", 0, false, List.of()),
                new NewAgency(HONGZE, "淮安市洪泽区人民政府", AgencyKind.PEOPLES_GOVERNMENT, "js.huaian", 0,
                        false, List.of()))) {
            agencies.addIfAbsent(body).block();
        }
        TestUsers.create(context, "admin", Role.ADMIN, null);
        admin = TestUsers.as(web, context, "admin");
    }

    @Test
    void theStoredTableFindingsOfAnImportedPdfPointAtTheirPageAndLineAndAManualCorrectionsAtNothing() {
        JsonNode job = imported(Map.of("hongze-qu_2023.pdf", Fixtures.read(Fixtures.document("hongze-qu_2023"))));
        assertThat(job.get("items").get(0).get("status").asString()).as(job.toString()).isEqualTo("imported");
        // the import's answer says it too
        assertThat(withCode(job.get("items").get(0).get("findings"), "T4_SUM")).hasSize(2)
                .allSatisfy(StoredSourcePositionsTest::onPageFourLine107);

        // the same document again changes nothing, and answers with the kept findings, places and all
        JsonNode again = imported(Map.of("hongze-qu_2023.pdf", Fixtures.read(Fixtures.document("hongze-qu_2023"))));
        assertThat(again.get("items").get(0).get("status").asString()).isEqualTo("unchanged");
        assertThat(withCode(again.get("items").get(0).get("findings"), "T4_SUM")).hasSize(2)
                .allSatisfy(StoredSourcePositionsTest::onPageFourLine107);

        List<JsonNode> stored = findings("T4_SUM");
        assertThat(stored).hasSize(2).allSatisfy(StoredSourcePositionsTest::onPageFourLine107);

        runAndWait("js.huaian");
        assertThat(findings("T4_SUM")).hasSize(2).allSatisfy(StoredSourcePositionsTest::onPageFourLine107)
                .extracting(f -> f.get("id").asLong())
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(f -> f.get("id").asLong()).toList());

        // the same tables typed in by hand: the same findings, read from no document
        admin.put().uri("/api/reports/{agency}/2023?reason={reason}", HONGZE, "更正：核对纸质件后重新录入")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(ContractJson.write(Fixtures.report("hongze-qu_2023")).toString())
                .exchange().expectStatus().isCreated().expectBody(Void.class);
        List<JsonNode> manual = findings("T4_SUM");
        assertThat(manual).hasSize(2).allSatisfy(f -> {
            assertThat(f.get("version_no").asInt()).isEqualTo(2);
            assertThat(f.get("source").isNull()).as(f.toString()).isTrue();
        });

        admin.post().uri("/api/reports/{agency}/2023/versions/1/activate", HONGZE)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "恢复导入的原件版本"))
                .exchange().expectStatus().isOk().expectBody(Void.class);
        assertThat(findings("T4_SUM")).hasSize(2).allSatisfy(f -> {
            assertThat(f.get("version_no").asInt()).isEqualTo(1);
            onPageFourLine107(f);
        });
    }

    @Test
    void theFindingsOfAFileThatWaitsForItsBodySayWhereTheyAreInTheDocument() {
        // a second body of the same name: the file cannot tell which, and waits with its preview and findings
        context.getBean(AgencyDirectory.class).addIfAbsent(new NewAgency("js.huaian.hongze2", "淮安市洪泽区人民政府",
                AgencyKind.PEOPLES_GOVERNMENT, "js.huaian", 1, false, List.of())).block();

        JsonNode job = imported(Map.of("hongze-qu_2023.pdf", Fixtures.read(Fixtures.document("hongze-qu_2023"))));

        JsonNode item = job.get("items").get(0);
        assertThat(item.get("status").asString()).as(job.toString()).isEqualTo("needs_confirmation");
        assertThat(withCode(item.get("findings"), "T4_SUM")).hasSize(2)
                .allSatisfy(StoredSourcePositionsTest::onPageFourLine107);
    }

    @Test
    void aDocumentStoredAloneKeepsItsPositionsAndEachOfTheSharedRenderingsPointsAtItsOwnLines() {
        List<Path> documents = new ArrayList<>();
        documents.add(Fixtures.document("hongze-qu_2023"));
        // the shared fixtures' text renderings of the same report, when they are there: pdftotext's and its layout
        Fixtures.shared().ifPresent(shared -> List.of("hongze-qu_2023.txt", "hongze-qu_2023.layout.txt").stream()
                .map(shared::resolve).filter(Files::isRegularFile).forEach(documents::add));
        AgencyDirectory agencies = context.getBean(AgencyDirectory.class);
        try (ReportParser parser = new ReportParser()) {
            for (int i = 0; i < documents.size(); i++) {
                // each rendering as another body's report, so that none is the same content as another's
                String body = i == 0 ? HONGZE : "js.huaian.copy" + i;
                if (i > 0) {
                    agencies.addIfAbsent(new NewAgency(body, "洪泽区年报副本 " + i, AgencyKind.DEPARTMENT, "js.huaian",
                            i, false, List.of())).block();
                }
                String name = documents.get(i).getFileName().toString();
                byte[] bytes = Fixtures.read(documents.get(i));
                ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) parser.parseNow(name, bytes);
                reports.storeImported(TestUsers.SYSTEM_ADMIN, body, 2023, new NewVersion(parsed.report(),
                        VersionOrigin.IMPORT, "test-admin", null, new SourceDocument(name,
                        name.endsWith(".pdf") ? "application/pdf" : "text/plain", bytes), parsed.findings(),
                        parsed.positions()), name).block();

                List<JsonNode> totals = findings("T4_SUM").stream()
                        .filter(f -> f.get("agency_code").asString().equals(body))
                        .toList();
                assertThat(totals).as(name).hasSize(2);
                for (JsonNode finding : totals) {
                    if (name.endsWith(".pdf")) {
                        onPageFourLine107(finding);
                        continue;
                    }
                    // the parser's lines: a form feed (pdftotext's page end) ends a line too, even within one
                    List<String> lines = new String(bytes, StandardCharsets.UTF_8).replace('\f', '\n').lines().toList();
                    assertThat(finding.get("source")).as("%s: %s", name, finding).hasSize(finding.get("cells").size());
                    for (JsonNode place : finding.get("source")) {
                        String line = lines.get(place.get("line").asInt() - 1).strip().replaceAll("\\s+", " ");
                        String excerpt = place.get("excerpt").asString();
                        assertThat(line).as("%s: %s", name, place).isNotEmpty()
                                .startsWith(excerpt.endsWith("…") ? excerpt.substring(0, excerpt.length() - 1) : excerpt);
                    }
                }
            }
        }
    }

    /** 表四's one printed row on the fourth page of the PDF: line 107 of the lines read. */
    private static void onPageFourLine107(JsonNode finding) {
        JsonNode source = finding.get("source");
        assertThat(source).as(finding.toString()).isNotNull().hasSize(finding.get("cells").size());
        List<String> cells = finding.get("cells").valueStream().map(JsonNode::asString).toList();
        for (JsonNode place : source) {
            assertThat(cells).contains(place.get("cell").asString());
            assertThat(place.get("page").asInt()).as(place.toString()).isEqualTo(4);
            assertThat(place.get("line").asInt()).as(place.toString()).isEqualTo(107);
            assertThat(place.get("excerpt").asString()).isEqualTo("10 1 0 0 0 0 0 0 0 0 5 0 0 0 0");
            // and where in it the cell's value stands: each group's 总计 is its fifth number, 0
            if (place.get("cell").asString().endsWith(".total")) {
                assertThat(place.get("offset").asInt()).as(place.toString()).isIn(9, 29);
                assertThat(place.get("length").asInt()).isEqualTo(1);
            }
        }
    }

    private List<JsonNode> findings(String code) {
        JsonNode body = admin.get().uri("/api/findings?region={region}&code={code}", "js.huaian", code).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        List<JsonNode> list = new ArrayList<>();
        body.forEach(list::add);
        return list;
    }

    private static List<JsonNode> withCode(JsonNode findings, String code) {
        return findings.valueStream().filter(f -> f.get("code").asString().equals(code)).toList();
    }

    private JsonNode imported(Map<String, byte[]> files) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        files.forEach((name, bytes) -> body.part("files", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        String id = admin.post().uri("/api/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).exchange().expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            JsonNode job = admin.get().uri("/api/imports/{id}", id).exchange().expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            if (job.get("state").asString().equals("done")) {
                return job;
            }
            assertThat(Instant.now()).as("import job still running: " + job).isBefore(until);
            sleep();
        }
    }

    private void runAndWait(String region) {
        long id = admin.post().uri("/api/quality/runs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("region", region)).exchange().expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asLong();
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode run = admin.get().uri("/api/quality/runs/{id}", id).exchange().expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            if (!run.get("status").asString().equals("running")) {
                assertThat(run.get("status").asString()).isEqualTo("finished");
                return;
            }
            assertThat(Instant.now()).as("the run finishes within a minute").isBefore(until);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
