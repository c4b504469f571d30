package cn.nianbao.backend.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.Fixtures;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;

/**
 * The import API end to end against a real PostgreSQL: generated text reports and the real sample documents, in
 * ZIP archives of folders and alone; every limit and every scope case; waiting items confirmed; the failures as CSV;
 * versions read and made active again. The limits are made small here so that the tests need no large files.
 */
@BackendIntegrationTest
@TestPropertySource(properties = {
        "nianbao.import.max-file-size=1MB",
        "nianbao.import.max-archive-size=3MB",
        "nianbao.import.max-unpacked-size=4MB",
        "nianbao.import.max-entries=60",
        "nianbao.upload.max-import-request-size=8MB"})
class ImportApiTest {

    private static final int YEAR = 2023;

    @Autowired
    WebTestClient web;
    @Autowired
    AgencyDirectory agencies;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationContext context;

    DemoCity city;
    List<GeneratedDocuments.Document> documents;
    WebTestClient admin;

    /** A job a failed test left running is finished first: its worker holds locks the truncation would wait for. */
    @org.junit.jupiter.api.AfterEach
    void noJobLeftRunning() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (count(DSL.table("import_item"), DSL.field("status").eq("queued")) > 0 && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
    }

    @BeforeEach
    void aCityAndItsPeople() {
        TestDatabase.truncate(dsl);
        city = GeneratedDocuments.city(1, YEAR, YEAR);
        city.agencies().forEach(agency -> agencies.addIfAbsent(agency).block());
        documents = GeneratedDocuments.documents(city);
        for (NewAgency body : List.of(
                new NewAgency("js", "江苏省人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false, List.of()),
                new NewAgency("js.huaian", "淮安市人民政府", AgencyKind.PEOPLES_GOVERNMENT, "js", 0, false, List.of()),
                new NewAgency("js.huaian.hongze", "淮安市洪泽区人民政府", AgencyKind.PEOPLES_GOVERNMENT, "js.huaian", 0,
                        false, List.of()))) {
            agencies.addIfAbsent(body).block();
        }
        TestUsers.create(context, "admin", Role.ADMIN, null);
        TestUsers.create(context, "supervisor", Role.SUPERVISOR, city.rootCode());
        TestUsers.create(context, "clerk", Role.CLERK, documents.getFirst().agencyCode());
        TestUsers.create(context, "viewer", Role.VIEWER, city.rootCode());
        admin = as("admin");
    }

    @Test
    void aZipOfFoldersImportsEveryReportAndImportingItAgainChangesNothing() {
        byte[] zip = GeneratedDocuments.zip(GeneratedDocuments.entries(documents));

        JsonNode job = finished(admin, start(admin, Map.of("城市.zip", zip)));

        assertThat(job.get("state").asString()).isEqualTo("done");
        assertThat(job.get("total").asInt()).isEqualTo(documents.size());
        assertThat(job.get("processed").asInt()).isEqualTo(documents.size());
        for (JsonNode item : job.get("items")) {
            assertThat(item.get("status").asString()).as(item.toString()).isEqualTo("imported");
            assertThat(item.get("file").asString()).startsWith("城市.zip/");
            assertThat(item.get("version_no").asInt()).isEqualTo(1);
            assertThat(item.get("findings").isArray()).isTrue();
        }
        for (GeneratedDocuments.Document document : documents) {
            JsonNode item = itemOf(job, "城市.zip/" + document.path());
            assertThat(item.get("agency_code").asString()).isEqualTo(document.agencyCode());
            assertThat(item.get("year").asInt()).isEqualTo(document.year());
        }
        assertThat(versions()).isEqualTo(documents.size());
        assertThat(count(DSL.table("report_version"), DSL.field("origin").cast(String.class).eq("IMPORT")
                .and(DSL.field("created_by").eq("admin")).and(DSL.field("source_document_id").isNotNull())))
                .isEqualTo(documents.size());
        assertThat(count(DSL.table("audit_event"), DSL.field("action").eq("REPORT_STORED")))
                .isEqualTo(documents.size());

        JsonNode again = finished(admin, start(admin, Map.of("城市.zip", zip)));
        again.get("items").forEach(item -> assertThat(item.get("status").asString()).isEqualTo("unchanged"));
        assertThat(versions()).isEqualTo(documents.size());

        admin.get().uri("/api/imports?limit=2").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].id").isEqualTo(again.get("id").asString())
                .jsonPath("$[0].counts.unchanged").isEqualTo(documents.size())
                .jsonPath("$[1].counts.imported").isEqualTo(documents.size())
                .jsonPath("$[0].state").isEqualTo("done");
    }

    @Test
    void theRealSampleDocumentsImportUnderTheirBodies() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of("hongze-qu_2023", "hongze-qu_2024")) {
            files.put(name + ".pdf", Fixtures.read(Fixtures.document(name)));
        }
        JsonNode job = finished(admin, start(admin, files));

        for (JsonNode item : job.get("items")) {
            assertThat(item.get("status").asString()).as(item.toString()).isEqualTo("imported");
            assertThat(item.get("agency_code").asString()).isEqualTo("js.huaian.hongze");
        }
        assertThat(itemOf(job, "hongze-qu_2024.pdf").get("year").asInt()).isEqualTo(2024);
    }

    @Test
    void theFormsDateAndAddressApplyWhereTheDocumentPrintsNone() {
        GeneratedDocuments.Document document = documents.getFirst();
        MultipartBodyBuilder body = files(Map.of("年报.txt", document.bytes()));
        body.part("published_on", "2024-01-25");
        body.part("url", "https://example.gov.cn/nb/2023.html");
        JsonNode job = finished(admin, admin.post().uri("/api/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).exchange()
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString());
        assertThat(job.get("items").get(0).get("status").asString()).isEqualTo("imported");

        admin.get().uri("/api/reports/{a}/{y}", document.agencyCode(), document.year()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.report.published_on").isEqualTo("2024-01-25")
                .jsonPath("$.report.url").isEqualTo("https://example.gov.cn/nb/2023.html")
                .jsonPath("$.version.origin").isEqualTo("IMPORT")
                .jsonPath("$.version.created_by").isEqualTo("admin");

        MultipartBodyBuilder bad = files(Map.of("年报.txt", document.bytes()));
        bad.part("published_on", "25.01.2024");
        admin.post().uri("/api/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(bad.build())).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("yyyy-MM-dd"));
    }

    @Test
    void everyLimitRefusesItsFileWithAMessageNamingItAndTheRestImports() throws IOException {
        GeneratedDocuments.Document good = documents.get(1);
        byte[] random = new byte[3 * 1024 * 1024 + 10];
        new Random(1).nextBytes(random);
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("零.txt", new byte[5 * 1024 * 1024]);
        Map<String, byte[]> crowded = new LinkedHashMap<>();
        for (int i = 0; i < 70; i++) {
            crowded.put("f" + i + ".txt", ("第 " + i + " 个").getBytes(StandardCharsets.UTF_8));
        }
        Map<String, byte[]> escaping = new LinkedHashMap<>();
        escaping.put("../../etc/年报.txt", good.bytes());
        escaping.put("/abs/年报.txt", good.bytes());
        byte[] innermost = GeneratedDocuments.zip(Map.of("深.txt", good.bytes()));
        byte[] middle = GeneratedDocuments.zip(Map.of("中.zip", innermost));
        byte[] nestedOnce = GeneratedDocuments.zip(Map.of("一层.zip",
                GeneratedDocuments.zip(Map.of("内/年报.txt", documents.get(2).bytes()))));

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("好.txt", good.bytes());
        files.put("大.txt", new byte[1024 * 1024 + 1]);
        files.put("大.zip", storedZip("随机.bin", random));
        files.put("炸弹.zip", GeneratedDocuments.zip(bomb));
        files.put("多.zip", GeneratedDocuments.zip(crowded));
        files.put("逃.zip", GeneratedDocuments.zip(escaping));
        files.put("三层.zip", GeneratedDocuments.zip(Map.of("外.zip", middle)));
        files.put("两层.zip", nestedOnce);
        files.put("程序.exe", "MZ".getBytes(StandardCharsets.ISO_8859_1));
        files.put("加密.pdf", encryptedPdf());
        files.put("又一份.txt", good.bytes());
        files.put("坏.zip", "不是压缩包".getBytes(StandardCharsets.UTF_8));

        JsonNode job = finished(admin, start(admin, files));

        assertThat(itemOf(job, "好.txt").get("status").asString()).isEqualTo("imported");
        assertThat(itemOf(job, "两层.zip/一层.zip/内/年报.txt").get("status").asString()).isEqualTo("imported");
        assertFailed(job, "大.txt", "大.txt", "1 MB");
        assertFailed(job, "大.zip", "大.zip", "3 MB");
        assertFailed(job, "炸弹.zip", "炸弹.zip", "压缩炸弹");
        assertFailed(job, "多.zip", "多.zip", "超过 60 个");
        assertFailed(job, "逃.zip/../../etc/年报.txt", "../../etc/年报.txt", "压缩包之外");
        assertFailed(job, "逃.zip//abs/年报.txt", "/abs/年报.txt", "压缩包之外");
        assertFailed(job, "三层.zip/外.zip/中.zip", "三层.zip/外.zip/中.zip", "嵌套超过一层");
        assertFailed(job, "程序.exe", "程序.exe", "不受支持");
        assertFailed(job, "加密.pdf", "加密.pdf", "加密");
        assertFailed(job, "又一份.txt", "又一份.txt", "好.txt");
        assertFailed(job, "坏.zip", "坏.zip", "ZIP");
        assertThat(versions()).isEqualTo(2);

        byte[] csv = admin.get().uri("/api/imports/{id}/failures", job.get("id").asString()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(new MediaType("text", "csv"))
                .expectBody().returnResult().getResponseBody();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF文件,状态,说明\r\n");
        assertThat(text.lines().count()).isEqualTo(1 + job.get("items").findValuesAsString("status").stream()
                .filter(status -> status.equals("failed") || status.equals("needs_confirmation")).count());
        assertThat(text).contains("\"程序.exe\",\"失败\",\"文件「程序.exe」");
    }

    @Test
    void anUploadAboveTheRequestLimitIsRefusedBeforeItIsRead() {
        byte[] big = new byte[9 * 1024 * 1024];
        admin.post().uri("/api/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(files(Map.of("大.txt", big)).build())).exchange()
                .expectStatus().isEqualTo(413).expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("过大"));
        admin.post().uri("/api/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(new MultipartBodyBuilder().build())).exchange()
                .expectStatus().isBadRequest().expectBody(Void.class);
    }

    @Test
    void aClerkImportsOnlyTheirOwnBodyAndLearnsNothingOfOthers() {
        WebTestClient clerk = as("clerk");
        byte[] foreign = documents.get(1).bytes();
        byte[] nowhere = new String(documents.get(2).bytes(), StandardCharsets.UTF_8)
                .replace(city.spec().name(), "不存在县").getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("own.txt", documents.getFirst().bytes());
        files.put("foreign.txt", foreign);
        files.put("nowhere.txt", nowhere);
        JsonNode job = finished(clerk, start(clerk, files));

        assertThat(itemOf(job, "own.txt").get("status").asString()).isEqualTo("imported");
        String foreignMessage = itemOf(job, "foreign.txt").get("message").asString();
        String nowhereMessage = itemOf(job, "nowhere.txt").get("message").asString();
        assertThat(itemOf(job, "foreign.txt").get("status").asString()).isEqualTo("failed");
        assertThat(itemOf(job, "nowhere.txt").get("status").asString()).isEqualTo("failed");
        assertThat(foreignMessage).contains("foreign.txt").contains("不在您可导入的范围内，或系统中没有该机构");
        assertThat(nowhereMessage.replace("nowhere.txt", "X").replaceAll("「[^」]*」", "「」"))
                .isEqualTo(foreignMessage.replace("foreign.txt", "X").replaceAll("「[^」]*」", "「」"));
        assertThat(itemOf(job, "foreign.txt").get("candidates").size()).isZero();

        // the job is the clerk's: another user is told it does not exist, an administrator sees it
        String id = job.get("id").asString();
        as("supervisor").get().uri("/api/imports/{id}", id).exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
        as("supervisor").get().uri("/api/imports/{id}/failures", id).exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
        admin.get().uri("/api/imports/{id}", id).exchange().expectStatus().isOk().expectBody(Void.class);
        admin.get().uri("/api/imports/{id}", "not-a-uuid").exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
    }

    @Test
    void aSupervisorImportsInTheirRegionAndAViewerNotAtAll() {
        WebTestClient supervisor = as("supervisor");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("region.txt", documents.get(3).bytes());
        files.put("hongze.pdf", Fixtures.read(Fixtures.document("hongze-qu_2023")));
        JsonNode job = finished(supervisor, start(supervisor, files));
        assertThat(itemOf(job, "region.txt").get("status").asString()).isEqualTo("imported");
        assertThat(itemOf(job, "hongze.pdf").get("status").asString()).isEqualTo("failed");
        assertThat(itemOf(job, "hongze.pdf").get("message").asString()).contains("不在您可导入的范围内");

        as("viewer").post().uri("/api/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(files(Map.of("a.txt", documents.get(3).bytes())).build()))
                .exchange().expectStatus().isForbidden().expectBody(Void.class);
        web.get().uri("/api/imports").exchange().expectStatus().isUnauthorized().expectBody(Void.class);
    }

    @Test
    void anUnknownOrAmbiguousBodyWaitsWithItsCandidatesAndIsConfirmed() {
        GeneratedDocuments.Document qingshan = qingshan();
        byte[] ambiguous = printedAs(qingshan, "青山镇人民政府");
        byte[] unknown = printedAs(qingshan, "无名镇人民政府");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ambiguous.txt", ambiguous);
        files.put("unknown.txt", unknown);
        JsonNode job = finished(admin, start(admin, files));
        String id = job.get("id").asString();

        JsonNode waiting = itemOf(job, "ambiguous.txt");
        assertThat(waiting.get("status").asString()).isEqualTo("needs_confirmation");
        assertThat(waiting.get("candidates").findValuesAsString("agency_code"))
                .containsExactlyInAnyOrder(qingshan.agencyCode(), "x.qs");
        assertThat(waiting.get("year").asInt()).isEqualTo(YEAR);
        assertThat(itemOf(job, "unknown.txt").get("status").asString()).isEqualTo("needs_confirmation");
        assertThat(itemOf(job, "unknown.txt").get("message").asString()).contains("无名镇人民政府");

        int index = waiting.get("index").asInt();
        admin.get().uri("/api/imports/{id}/items/{i}", id, index).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.report.year").isEqualTo(YEAR)
                .jsonPath("$.report.requests.new_received.total").exists()
                .jsonPath("$.candidates.length()").isEqualTo(2);
        admin.get().uri("/api/imports/{id}/items/{i}", id, 99).exchange().expectStatus().isNotFound()
                .expectBody(Void.class);

        // a clerk may not read it; confirming outside one's scope is answered like a body that does not exist
        as("clerk").post().uri("/api/imports/{id}/items/{i}/confirm", id, index)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("agency_code", "x.qs", "year", YEAR))
                .exchange().expectStatus().isNotFound().expectBody(Void.class);
        admin.post().uri("/api/imports/{id}/items/{i}/confirm", id, index).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("agency_code", "nothing-here", "year", YEAR))
                .exchange().expectStatus().isNotFound().expectBody(Void.class);
        admin.post().uri("/api/imports/{id}/items/{i}/confirm", id, index).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("agency_code", qingshan.agencyCode()))
                .exchange().expectStatus().isBadRequest().expectBody(Void.class);

        admin.post().uri("/api/imports/{id}/items/{i}/confirm", id, index).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("agency_code", qingshan.agencyCode(), "year", YEAR))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("imported")
                .jsonPath("$.agency_code").isEqualTo(qingshan.agencyCode())
                .jsonPath("$.version_no").isEqualTo(1);
        admin.post().uri("/api/imports/{id}/items/{i}/confirm", id, index).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("agency_code", qingshan.agencyCode(), "year", YEAR))
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("不在待确认状态"));
    }

    @Test
    void aWaitingItemFindsTheBodiesOfTheCallersScopeByNameAPageAtATime() {
        GeneratedDocuments.Document qingshan = qingshan();
        byte[] ambiguous = printedAs(qingshan, "青山镇人民政府");
        String id = finished(admin, start(admin, Map.of("ambiguous.txt", ambiguous))).get("id").asString();

        // the bodies the document named first, then every body, a page at a time without overlap
        JsonNode first = candidates(admin, id, "", 0, 2);
        assertThat(first.findValuesAsString("agency_code")).containsExactlyInAnyOrder(qingshan.agencyCode(), "x.qs");
        first.forEach(body -> assertThat(body.get("detected").asBoolean()).isTrue());
        JsonNode next = candidates(admin, id, "", 2, 50);
        assertThat(next.size()).isEqualTo(city.agencies().size() + 3); // and 江苏省's three, less the two
        assertThat(next.findValuesAsString("agency_code")).doesNotContain(qingshan.agencyCode(), "x.qs");
        next.forEach(body -> assertThat(body.get("detected").asBoolean()).isFalse());
        // by a part of the name, with spaces and full-width forms, with the place above it, or by code
        assertThat(candidates(admin, id, "教育", 0, 20).findValuesAsString("agency_code"))
                .containsExactly(city.rootCode() + ".d02");
        assertThat(candidates(admin, id, " 测试１市 教育局 ", 0, 20).get(0).get("agency_code").asString())
                .isEqualTo(city.rootCode() + ".d02");
        JsonNode hongze = candidates(admin, id, "江苏省淮安市洪泽区人民政府", 0, 20);
        assertThat(hongze.findValuesAsString("agency_code")).contains("js.huaian.hongze");
        assertThat(hongze.get(0).get("agency_code").asString()).isEqualTo("js.huaian.hongze");
        assertThat(hongze.get(0).get("parent_name").asString()).isEqualTo("淮安市人民政府");
        assertThat(candidates(admin, id, "x.q", 0, 20).findValuesAsString("agency_code")).containsExactly("x.qs");
        assertThat(candidates(admin, id, "没有这个机构", 0, 20).size()).isZero();

        // bounded like every other endpoint (RequestLimits), refused in Chinese naming the parameter
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("q=" + "镇".repeat(51), "参数 q 最多 50 个字符，收到 51 个");
        refused.put("q=" + " ".repeat(60) + "镇", null); // surrounding spaces do not count
        refused.put("limit=0", "参数 limit 应为 1 至 50 之间的整数，收到“0”");
        refused.put("limit=51", "参数 limit 应为 1 至 50 之间的整数，收到“51”");
        refused.put("limit=abc", "参数 limit 应为 1 至 50 之间的整数，收到“abc”");
        refused.put("offset=-1", "参数 offset 应为 0 至 10000 之间的整数，收到“-1”");
        refused.put("offset=10001", "参数 offset 应为 0 至 10000 之间的整数，收到“10001”");
        refused.forEach((query, message) -> {
            String parameter = query.substring(0, query.indexOf('='));
            var answer = admin.get().uri("/api/imports/{id}/items/0/candidates?" + parameter + "={value}", id,
                    query.substring(parameter.length() + 1)).exchange();
            if (message == null) {
                answer.expectStatus().isOk().expectBody(Void.class);
            } else {
                answer.expectStatus().isBadRequest().expectBody()
                        .jsonPath("$.detail").isEqualTo(message)
                        .jsonPath("$.errors[0].field").isEqualTo(parameter);
            }
        });
        assertThat(candidates(admin, id, "", 10_000, 50).size()).as("the last page one may ask for").isZero();
        admin.get().uri("/api/imports?limit=101").exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.detail").isEqualTo("参数 limit 应为 1 至 100 之间的整数，收到“101”");
        admin.get().uri("/api/imports/{id}/items/{i}/candidates", id, 99).exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
        as("supervisor").get().uri("/api/imports/{id}/items/0/candidates", id).exchange()
                .expectStatus().isNotFound().expectBody(Void.class);
    }

    @Test
    void aSupervisorOrAClerkNeverFindsABodyOutsideTheirScope() {
        agencies.addIfAbsent(new NewAgency("x", "另一县人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                List.of())).block();
        agencies.addIfAbsent(new NewAgency("x.qs", "另一县青山镇人民政府", AgencyKind.TOWNSHIP, "x", 0, false,
                List.of())).block();
        GeneratedDocuments.Document qingshan = documents.stream()
                .filter(d -> d.agencyCode().equals(city.rootCode() + ".t06")).findFirst().orElseThrow();
        // the title names 青山镇, the signature the 教育局 of the same city: the sources disagree, the file waits
        byte[] disagreeing = signedBy(qingshan, city.spec().name() + "教育局");
        WebTestClient supervisor = as("supervisor");
        JsonNode job = finished(supervisor, start(supervisor, Map.of("disagreeing.txt", disagreeing)));
        JsonNode waiting = itemOf(job, "disagreeing.txt");
        assertThat(waiting.get("status").asString()).as(waiting.toString()).isEqualTo("needs_confirmation");
        assertThat(waiting.get("message").asString()).contains("不一致").contains("教育局");
        assertThat(waiting.get("candidates").findValuesAsString("agency_code"))
                .containsExactlyInAnyOrder(qingshan.agencyCode(), city.rootCode() + ".d02");
        String id = job.get("id").asString();

        List<String> everything = new ArrayList<>();
        for (int offset = 0; ; offset += 50) {
            JsonNode page = candidates(supervisor, id, "", offset, 50);
            everything.addAll(page.findValuesAsString("agency_code"));
            if (page.size() < 50) {
                break;
            }
        }
        assertThat(everything).hasSize(city.agencies().size()).doesNotHaveDuplicates()
                .allMatch(code -> code.equals(city.rootCode()) || code.startsWith(city.rootCode() + "."));
        assertThat(everything.subList(0, 2)).containsExactlyInAnyOrder(qingshan.agencyCode(),
                city.rootCode() + ".d02");
        assertThat(candidates(supervisor, id, "青山镇", 0, 20).findValuesAsString("agency_code"))
                .containsExactly(qingshan.agencyCode());
        assertThat(candidates(supervisor, id, "洪泽", 0, 20).size()).isZero();
        assertThat(candidates(supervisor, id, "x", 0, 20).size()).isZero();

        // a clerk's own body disagrees with another's signature: the clerk is offered their own body and no other
        GeneratedDocuments.Document own = documents.getFirst();
        WebTestClient clerk = as("clerk");
        JsonNode clerkJob = finished(clerk, start(clerk, Map.of("own.txt", signedBy(own, "另一县青山镇人民政府"))));
        assertThat(itemOf(clerkJob, "own.txt").get("status").asString()).isEqualTo("needs_confirmation");
        assertThat(itemOf(clerkJob, "own.txt").get("candidates").findValuesAsString("agency_code"))
                .containsExactly(own.agencyCode());
        String clerkId = clerkJob.get("id").asString();
        assertThat(candidates(clerk, clerkId, "", 0, 50).findValuesAsString("agency_code"))
                .containsExactly(own.agencyCode());
        assertThat(candidates(clerk, clerkId, "青山镇", 0, 50).size()).isZero();
        clerk.get().uri("/api/imports/{id}/items/0/candidates", id).exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
    }

    @Test
    void aReportTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchIsImported() {
        // a fee of 1,234,567,890,123 万元 is read, passes every check of the application, and does not fit the
        // column (numeric(16, 4)): the batch's multi-row statement is refused by PostgreSQL as a whole
        GeneratedDocuments.Document refused = documents.get(5);
        String text = new String(refused.bytes(), StandardCharsets.UTF_8);
        String overflowing = text.replaceFirst("(?<label>行政事业性收费\\s+)\\S+", "${label}1234567890123");
        assertThat(overflowing).isNotEqualTo(text);
        Map<String, byte[]> entries = GeneratedDocuments.entries(documents);
        entries.put(refused.path(), overflowing.getBytes(StandardCharsets.UTF_8));
        assertThat(documents.size()).isLessThanOrEqualTo(50); // one batch of the workers

        JsonNode job = finished(admin, start(admin, Map.of("城市.zip", GeneratedDocuments.zip(entries))));

        JsonNode failed = itemOf(job, "城市.zip/" + refused.path());
        assertThat(failed.get("status").asString()).as(failed.toString()).isEqualTo("failed");
        assertThat(failed.get("message").asString()).contains("城市.zip/" + refused.path())
                .contains("数据库拒绝保存这份年报（有数值超出可保存的范围）");
        for (GeneratedDocuments.Document document : documents) {
            if (document != refused) {
                assertThat(itemOf(job, "城市.zip/" + document.path()).get("status").asString())
                        .isEqualTo("imported");
            }
        }
        assertThat(versions()).isEqualTo(documents.size() - 1);
        assertThat(count(DSL.table("audit_event"), DSL.field("action").eq("REPORT_STORED")))
                .isEqualTo(documents.size() - 1);
        assertThat(count(DSL.table("report").join(DSL.table("agency"))
                        .on(DSL.field("report.agency_id").eq(DSL.field("agency.id"))),
                DSL.field("agency.code").eq(refused.agencyCode()))).isZero();
    }

    @Test
    void anyVersionIsReadAndAnOlderOneMadeActiveAgainWithAReason() {
        GeneratedDocuments.Document document = documents.get(4);
        finished(admin, start(admin, Map.of("v1.txt", document.bytes())));
        JsonNode v1 = admin.get().uri("/api/reports/{a}/{y}", document.agencyCode(), YEAR).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode corrected = v1.get("report").deepCopy();
        ((tools.jackson.databind.node.ObjectNode) corrected.get("requests").get("new_received")).put("natural_person",
                corrected.get("requests").get("new_received").get("natural_person").asInt() + 1);
        admin.put().uri("/api/reports/{a}/{y}?reason=更正笔误", document.agencyCode(), YEAR)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(corrected.toString()).exchange()
                .expectStatus().isCreated().expectBody(Void.class);

        admin.get().uri("/api/reports/{a}/{y}/versions/1", document.agencyCode(), YEAR).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.version.version_no").isEqualTo(1)
                .jsonPath("$.version.active").isEqualTo(false)
                .jsonPath("$.versions.length()").isEqualTo(2)
                .json("{\"report\":" + v1.get("report") + "}");
        admin.get().uri("/api/reports/{a}/{y}/versions/3", document.agencyCode(), YEAR).exchange()
                .expectStatus().isNotFound().expectBody(Void.class);

        String uri = "/api/reports/{a}/{y}/versions/1/activate";
        admin.post().uri(uri, document.agencyCode(), YEAR).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", " ")).exchange().expectStatus().isBadRequest().expectBody(Void.class);
        as("clerk").post().uri(uri, documents.getFirst().agencyCode(), YEAR).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "x")).exchange().expectStatus().isForbidden().expectBody(Void.class);
        // the correction breaks 表三's sums: version 2 has errors that version 1 has not
        Object second = value("select v.id from report_version v join report r on r.id = v.report_id "
                + "join agency a on a.id = r.agency_id where a.code = ? and r.year = ? and v.version_no = 2",
                document.agencyCode(), YEAR);
        assertThat(count(DSL.table("quality_finding"), DSL.field("version_id").eq(second)
                .and(DSL.field("severity").eq("error")))).isPositive();

        JsonNode activated = as("supervisor").post().uri(uri, document.agencyCode(), YEAR)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "更正有误，恢复原件")).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(activated.get("version_no").asInt()).isEqualTo(1);
        assertThat(activated.get("findings").findValuesAsString("severity")).doesNotContain("error");
        admin.get().uri("/api/reports/{a}/{y}", document.agencyCode(), YEAR).exchange().expectBody()
                .jsonPath("$.version.version_no").isEqualTo(1)
                .json("{\"report\":" + v1.get("report") + "}");
        assertThat(count(DSL.table("audit_event"), DSL.field("action").eq("VERSION_ACTIVATED")
                .and(DSL.field("detail").eq("更正有误，恢复原件")).and(DSL.field("actor").eq("supervisor")))).isOne();
    }

    // ---- helpers ----

    private WebTestClient as(String user) {
        return TestUsers.as(web, context, user);
    }

    private static MultipartBodyBuilder files(Map<String, byte[]> files) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        files.forEach((name, bytes) -> body.part("files", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        return body;
    }

    private static String start(WebTestClient client, Map<String, byte[]> files) {
        return client.post().uri("/api/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(files(files).build())).exchange()
                .expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private static JsonNode finished(WebTestClient client, String id) {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            JsonNode job = client.get().uri("/api/imports/{id}", id).exchange().expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            if (job.get("state").asString().equals("done")) {
                assertThat(job.get("processed").asInt()).isEqualTo(job.get("total").asInt());
                return job;
            }
            assertThat(Instant.now()).as("import job still running: " + job).isBefore(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonNode itemOf(JsonNode job, String file) {
        List<String> files = new ArrayList<>();
        for (JsonNode item : job.get("items")) {
            if (item.get("file").asString().equals(file)) {
                return item;
            }
            files.add(item.get("file").asString());
        }
        throw new AssertionError("no item " + file + " among " + files);
    }

    private static void assertFailed(JsonNode job, String file, String named, String says) {
        JsonNode item = itemOf(job, file);
        assertThat(item.get("status").asString()).as(item.toString()).isEqualTo("failed");
        assertThat(item.get("message").asString()).as(item.toString()).contains(named).contains(says);
    }

    private static JsonNode candidates(WebTestClient client, String id, String q, int offset, int limit) {
        return client.get().uri(uri -> uri.path("/api/imports/{id}/items/0/candidates").queryParam("q", "{q}")
                        .queryParam("offset", offset).queryParam("limit", limit).build(id, q))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** The document with its signature (the last line naming its body) naming {@code name} instead. */
    private byte[] signedBy(GeneratedDocuments.Document document, String name) {
        String text = new String(document.bytes(), StandardCharsets.UTF_8);
        String agency = text.lines().findFirst().orElseThrow().replaceFirst("20\\d\\d.*", "");
        int at = text.lastIndexOf(agency);
        return (text.substring(0, at) + name + text.substring(at + agency.length())).getBytes(StandardCharsets.UTF_8);
    }

    private int versions() {
        return count(DSL.table("report_version"), DSL.noCondition());
    }

    private int count(org.jooq.Table<?> table, org.jooq.Condition condition) {
        return reactor.core.publisher.Mono.from(dsl.selectCount().from(table).where(condition)).block().value1();
    }

    private Object value(String sql, Object... arguments) {
        return reactor.core.publisher.Mono.from(dsl.resultQuery(sql, arguments)).block().get(0);
    }

    private static byte[] storedZip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.setLevel(0);
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** The demo city's 青山镇, with a second 青山镇 under another county that makes its short name ambiguous. */
    private GeneratedDocuments.Document qingshan() {
        agencies.addIfAbsent(new NewAgency("x", "另一县人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                List.of())).block();
        agencies.addIfAbsent(new NewAgency("x.qs", "另一县青山镇人民政府", AgencyKind.TOWNSHIP, "x", 0, false,
                List.of())).block();
        return documents.stream().filter(d -> d.agencyCode().equals(city.rootCode() + ".t06")).findFirst()
                .orElseThrow();
    }

    /** The document with the body's full printed name replaced by {@code name}. */
    private byte[] printedAs(GeneratedDocuments.Document qingshan, String name) {
        return new String(qingshan.bytes(), StandardCharsets.UTF_8).replace(city.spec().name() + "青山镇人民政府", name)
                .getBytes(StandardCharsets.UTF_8);
    }
}
