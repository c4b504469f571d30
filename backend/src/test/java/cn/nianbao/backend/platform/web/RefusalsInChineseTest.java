package cn.nianbao.backend.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.RawHttp;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import io.r2dbc.spi.R2dbcTimeoutException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Every refusal is a problem detail in Chinese — also for addresses the firewall rejects and for input the framework
 * could not read — and names no Java type and repeats no English parser text.
 */
@BackendIntegrationTest
class RefusalsInChineseTest {

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;
    @LocalServerPort
    int port;

    WebTestClient admin;

    @BeforeEach
    void anAdministrator() {
        TestDatabase.truncate(dsl);
        context.getBean(AgencyDirectory.class).addIfAbsent(new NewAgency("town", "某镇人民政府",
                AgencyKind.TOWNSHIP, null, 0, false, List.of())).block();
        TestUsers.create(context, "admin", Role.ADMIN, null);
        admin = TestUsers.as(web, context, "admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/reports/town%2F..%2Fx/2023", "/api/reports;jsessionid=x", "/api/agencies%00",
            "/api/reports/town/2023;x=1", "/api/%2e%2e/actuator/health"})
    void anAddressTheFirewallRejectsGetsAChineseProblem(String path) {
        // sent as written, not encoded again by a URI template
        JsonNode problem = refused(web.get().uri(URI.create("http://localhost:" + port + path)).exchange(), 400);

        assertThat(problem.get("title").asString()).isEqualTo("请求地址无效");
        assertThat(problem.get("detail").asString()).contains("不允许的字符");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/nothing-here", "/nothing-here", "/actuator/env"})
    void anAddressThatDoesNotExistIsAChinese404(String path) {
        JsonNode problem = refused(admin.get().uri(path).exchange(), 404);

        assertThat(problem.get("detail").asString()).isEqualTo("请求的地址不存在");
    }

    @Test
    void aMethodThatIsNotSupportedIsAChinese405() {
        refused(admin.delete().uri("/api/users").exchange(), 405);
    }

    @Test
    void aNumberThatIsNotOneNamesTheParameterAndWhatItShouldBe() {
        JsonNode problem = refused(admin.get().uri("/api/reports/town/abc").exchange(), 400);

        assertThat(problem.get("detail").asString()).isEqualTo("参数 year 无效，应为整数");
    }

    @Test
    void aBodyWithAWrongValueNamesTheFieldAndTheChoices() {
        JsonNode problem = refused(admin.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "wang", "role", "BOSS")).exchange(), 400);

        assertThat(problem.get("detail").asString())
                .isEqualTo("请求体中字段 role 的值无效，应为以下之一：ADMIN、SUPERVISOR、CLERK、VIEWER");
    }

    @Test
    void brokenJsonSaysWhereWithoutTheParsersEnglish() {
        JsonNode problem = refused(admin.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\": \"wang\",\n \"role\": }").exchange(), 400);

        assertThat(problem.get("detail").asString()).startsWith("请求体不是有效的 JSON（第 2 行");
    }

    @Test
    void aMissingParameterIsNamed() {
        JsonNode problem = refused(admin.get().uri("/api/reports").exchange(), 400);

        assertThat(problem.get("detail").asString()).isEqualTo("缺少参数 region");
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413EvenWithoutALength() throws Exception {
        // 60 MB streamed in chunks of 1 MB, with no Content-Length: counted as it arrives
        RawHttp.Answer answer = RawHttp.exchange(port, "POST /api/parse HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TestUsers.token(context, "admin") + "\r\n"
                + "Content-Type: multipart/form-data; boundary=nianbao\r\nTransfer-Encoding: chunked", 60);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.head()).contains("application/problem+json");
        assertThat(answer.body()).contains("\"title\":\"请求体过大\"").doesNotContain("Exception", "java.");
        web.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody(Void.class);
    }

    @Test
    void anUploadDeclaredOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        // nobody signed in, and not one byte of the 60 MB sent
        RawHttp.Answer answer = RawHttp.exchange(port, "POST /api/parse HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=nianbao\r\nContent-Length: " + 60L * 1024 * 1024, 0);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("上传的文件过大：整个请求不能超过 51 MB").doesNotContain("Exception");
    }

    @Test
    void aStatementStoppedByTheDatabasesTimeoutIsA503InChinese() {
        // as r2dbc-postgresql reports PostgreSQL's query_canceled, wrapped as jOOQ and Reactor pass it on
        ProblemDetail problem = new ApiExceptionHandler().unexpected(new IllegalStateException(
                new R2dbcTimeoutException("canceling statement due to statement timeout", "57014")));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getTitle()).isEqualTo("查询超时");
        assertThat(problem.getDetail()).contains("缩小").doesNotContain("statement", "Exception");
    }

    /** The status, a problem+json body, Chinese, and no trace of Java or the parser's English. */
    private static JsonNode refused(WebTestClient.ResponseSpec response, int status) {
        EntityExchangeResult<JsonNode> result = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult();
        JsonNode problem = result.getResponseBody();
        assertThat(problem).as("a problem detail body").isNotNull();
        String text = problem.toString();
        assertThat(problem.get("title").asString()).matches(".*\\p{IsHan}.*");
        assertThat(problem.get("detail").asString()).matches(".*\\p{IsHan}.*");
        assertThat(text).doesNotContain("java.", "cn.nianbao", "Exception", "Cannot deserialize", "Failed to",
                "Unexpected character", "Integer", "String \"");
        return problem;
    }
}
