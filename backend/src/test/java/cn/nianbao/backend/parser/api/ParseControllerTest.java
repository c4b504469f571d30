package cn.nianbao.backend.parser.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.parser.ContractDiff;
import cn.nianbao.backend.parser.Fixtures;
import cn.nianbao.backend.parser.ReportParser;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;

/** One worker and no queue, so that a second document while one is parsed finds the parser busy. */
@BackendIntegrationTest
@TestPropertySource(properties = {"nianbao.parser.threads=1", "nianbao.parser.queue-length=0"})
class ParseControllerTest {

    @Autowired
    private WebTestClient web;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private DSLContext dsl;

    private WebTestClient client;

    @BeforeEach
    void signedInAsAClerk() {
        TestDatabase.truncate(dsl);
        context.getBean(AgencyDirectory.class).addIfAbsent(new NewAgency("town", "某镇人民政府",
                AgencyKind.TOWNSHIP, null, 0, false, List.of())).block();
        TestUsers.create(context, "clerk", Role.CLERK, "town");
        client = TestUsers.as(web, context, "clerk");
    }

    static List<Fixtures.Fixture> fixtures() {
        return Fixtures.all();
    }

    private WebTestClient.ResponseSpec upload(String filename, byte[] bytes) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        return client.post().uri("/api/parse").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).exchange();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void answersEveryFixtureWithItsContractForm(Fixtures.Fixture fixture) {
        byte[] body = upload(fixture.name(), fixture.bytes())
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBody();

        JsonNode json = ContractJson.MAPPER.readTree(body);
        assertThat(json.get("source").asString()).isEqualTo(fixture.name());
        assertThat(json.get("findings").isArray()).isTrue();
        json.get("findings").forEach(finding -> assertThat(finding.has("code")).isTrue());
        assertThat(ContractDiff.differences(fixture.expected(), json)).isEmpty();
    }

    @Test
    void anUnreadableDocumentIsA422ProblemNamingTheFile() {
        upload("扫描.pdf", "%PDF-1.4\n%%EOF garbage".getBytes())
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("无法解析文件")
                .jsonPath("$.status").isEqualTo(422)
                .jsonPath("$.source").isEqualTo("扫描.pdf")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("扫描.pdf").contains("PDF"));
    }

    @Test
    void anEmptyUploadIsA422SayingTheFileIsEmpty() {
        upload("空.txt", new byte[0])
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("文件为空"));
    }

    @Test
    void aRequestWithoutTheFilePartIsA400Problem() {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("other", "x");
        client.post().uri("/api/parse").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build())).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("请求无效")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("file"))
                .jsonPath("$.errors[0].field").isEqualTo("file");
    }

    @Test
    void whileTheOnlyWorkerIsBusyAnotherUploadIsA503WithRetryAfter() {
        // a long document (7 MB of table rows) keeps the single worker busy for seconds
        String rows = "三、收到和处理政府信息公开申请情况\n" + "一、本年新收政府信息公开申请数量 1 2 3 4 5 6 21\n".repeat(230_000);
        var running = context.getBean(ReportParser.class).submit("长文件.txt", rows.getBytes(StandardCharsets.UTF_8));
        try {
            upload("石嘴镇.txt", Fixtures.named("shizui-zhen_2023.txt").bytes())
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("Retry-After", "10")
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.title").isEqualTo("服务繁忙")
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("解析队列已满"));
        } finally {
            running.join();
        }
        upload("石嘴镇.txt", Fixtures.named("shizui-zhen_2023.txt").bytes()).expectStatus().isOk().expectBody(Void.class);
    }

    @Test
    void anUploadAboveFiftyMegabytesIsA413Problem() {
        byte[] big = new byte[50 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        upload("大.txt", big)
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.source").isEqualTo("大.txt")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("大.txt").contains("50 MB"));
    }
}
