package cn.nianbao.backend.account;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.QUALITY_FINDING;
import static cn.nianbao.backend.db.Tables.QUALITY_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.quality.QualityRun;
import cn.nianbao.backend.quality.QualityRuns;
import cn.nianbao.backend.quality.ThresholdRules;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.SourceDocument;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.Fixtures;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import reactor.core.publisher.Mono;

/**
 * Every API endpoint × every role × a target inside and outside the caller's scope, and anonymously. The expected
 * status is written down for each; an endpoint added without its row here fails {@link #everyEndpointHasARow()}.
 *
 * <p>The tree: region {@code r} with townships {@code r.a} and {@code r.b}; another region {@code o} with {@code o.x}.
 * The supervisor and the viewer work on {@code r}, the clerk on {@code r.a}. "In scope" is {@code r.a} for everyone;
 * "out of scope" is {@code o.x}. Outside the scope a body is answered like one that does not exist (404).
 */
@BackendIntegrationTest
class AuthorizationMatrixTest {

    enum Who { ANONYMOUS, ADMIN, SUPERVISOR, CLERK, VIEWER }

    /** How one endpoint is called for a target body; {@code target} is an agency code. */
    interface Call {
        WebTestClient.ResponseSpec on(WebTestClient client, String target);
    }

    /** One endpoint: expected status per caller, in scope and out of scope (same when the endpoint has no target). */
    record Row(String endpoint, Call call, Map<Who, Integer> inScope, Map<Who, Integer> outOfScope) {

        @Override
        public String toString() {
            return endpoint;
        }
    }

    private static final String IN = "r.a";
    private static final String OUT = "o.x";
    /** An import job nobody made. */
    private static final String NO_JOB = "00000000-0000-4000-8000-000000000000";

    static final List<Row> MATRIX = List.of(
            scoped("GET /api/agencies", (c, t) -> c.get().uri("/api/agencies?under={t}", t).exchange(),
                    200, 200, 200, 200, 404),
            // a search by name answers everyone, with the bodies of their own scope only (AgencySearchTest)
            unscoped("GET /api/agencies/search", (c, t) -> c.get().uri("/api/agencies/search?q={t}", t).exchange(),
                    statuses(401, 200, 200, 200, 200)),
            unscoped("POST /api/agencies", (c, t) -> c.post().uri("/api/agencies")
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("code", "n" + System.nanoTime(), "name", "新机构", "kind", "OTHER",
                                    "parent_code", "r"))
                            .exchange(),
                    statuses(401, 201, 403, 403, 403)),
            // administrators only: everyone else is refused before the body is even looked up, so nothing leaks
            unscoped("PATCH /api/agencies/{code}", (c, t) -> c.patch().uri("/api/agencies/{t}", t)
                            .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("sort_order", 5)).exchange(),
                    statuses(401, 200, 403, 403, 403)),
            scoped("GET /api/reports", (c, t) -> c.get().uri("/api/reports?region={t}", t).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/reports/{agency}/{year}", (c, t) -> c.get().uri("/api/reports/{t}/2023", t).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/reports/{agency}/{year}/versions/{version}",
                    (c, t) -> c.get().uri("/api/reports/{t}/2023/versions/1", t).exchange(),
                    200, 200, 200, 200, 404),
            // administrators and the region's supervisors; a clerk or viewer who can see the body is refused (403),
            // a body outside the caller's scope is answered like one that does not exist (404)
            row("POST /api/reports/{agency}/{year}/versions/{version}/activate",
                    (c, t) -> c.post().uri("/api/reports/{t}/2023/versions/1/activate", t)
                            .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "核对后恢复")).exchange(),
                    statuses(401, 200, 200, 403, 403), statuses(401, 200, 404, 404, 404)),
            // the scope of an import is checked per item (ImportApiTest); viewers may not import at all
            unscoped("POST /api/imports", (c, t) -> c.post().uri("/api/imports")
                            .contentType(MediaType.MULTIPART_FORM_DATA)
                            .body(BodyInserters.fromMultipartData(upload("files"))).exchange(),
                    statuses(401, 202, 202, 202, 403)),
            unscoped("GET /api/imports", (c, t) -> c.get().uri("/api/imports").exchange(),
                    statuses(401, 200, 200, 200, 200)),
            // a job is its creator's (and administrators'); one that is not the caller's is answered as absent
            unscoped("GET /api/imports/{id}", (c, t) -> c.get().uri("/api/imports/{id}", NO_JOB).exchange(),
                    statuses(401, 404, 404, 404, 404)),
            unscoped("GET /api/imports/{id}/items/{index}",
                    (c, t) -> c.get().uri("/api/imports/{id}/items/0", NO_JOB).exchange(),
                    statuses(401, 404, 404, 404, 404)),
            unscoped("POST /api/imports/{id}/items/{index}/confirm",
                    (c, t) -> c.post().uri("/api/imports/{id}/items/0/confirm", NO_JOB)
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("agency_code", t, "year", 2023)).exchange(),
                    statuses(401, 404, 404, 404, 404)),
            unscoped("GET /api/imports/{id}/items/{index}/candidates",
                    (c, t) -> c.get().uri("/api/imports/{id}/items/0/candidates?q=镇", NO_JOB).exchange(),
                    statuses(401, 404, 404, 404, 404)),
            unscoped("GET /api/imports/{id}/failures",
                    (c, t) -> c.get().uri("/api/imports/{id}/failures", NO_JOB).exchange(),
                    statuses(401, 404, 404, 404, 404)),
            scoped("GET /api/reports/{agency}/{year}/versions/{version}/source",
                    (c, t) -> c.get().uri("/api/reports/{t}/2023/versions/1/source", t).exchange(),
                    200, 200, 200, 200, 404),
            row("PUT /api/reports/{agency}/{year}", (c, t) -> c.put().uri("/api/reports/{t}/2023", t)
                            .contentType(MediaType.APPLICATION_JSON).bodyValue(changedReport(t)).exchange(),
                    statuses(401, 201, 403, 201, 403), statuses(401, 201, 404, 404, 404)),
            unscoped("GET /api/analytics/metrics", (c, t) -> c.get().uri("/api/analytics/metrics").exchange(),
                    statuses(401, 200, 200, 200, 200)),
            // a clerk's region is their own body (r.a): in scope for everyone, the other region for administrators only
            scoped("GET /api/analytics/series",
                    (c, t) -> c.get().uri("/api/analytics/series?region={t}&metric=requests.new_received.total", t)
                            .exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/analytics/overview",
                    (c, t) -> c.get().uri("/api/analytics/overview?region={t}", t).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/analytics/ranking",
                    (c, t) -> c.get().uri("/api/analytics/ranking?region={t}&metric=rate.disclosure", t).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/analytics/rollup",
                    (c, t) -> c.get().uri("/api/analytics/rollup?region={t}&year=2023", t).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/analytics/year-on-year",
                    (c, t) -> c.get().uri("/api/analytics/year-on-year?agency={t}&year=2023", t).exchange(),
                    200, 200, 200, 200, 404),
            unscoped("GET /api/charts", (c, t) -> c.get().uri("/api/charts").exchange(),
                    statuses(401, 200, 200, 200, 200)),
            scoped("GET /api/charts/{chart}",
                    (c, t) -> c.get().uri("/api/charts/outcomes?region={t}&format=svg", t).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/charts/{chart}/data",
                    (c, t) -> c.get().uri("/api/charts/ranking/data?region={t}", t).exchange(),
                    200, 200, 200, 200, 404),
            // a download is an export: the same scope, and an audit record for each one allowed
            scoped("GET /api/exports/charts/{chart}",
                    (c, t) -> c.get().uri("/api/exports/charts/overview?region={t}&format=pdf", t).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/exports/rollup",
                    (c, t) -> c.get().uri("/api/exports/rollup?region={t}&year=2023&format=csv", t).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/exports/completeness",
                    (c, t) -> c.get().uri("/api/exports/completeness?region={t}&format=csv", t).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/exports/findings",
                    (c, t) -> c.get().uri("/api/exports/findings?region={t}&format=csv", t).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/exports/bodies",
                    (c, t) -> c.get().uri("/api/exports/bodies?region={t}&format=csv", t).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/exports/pack",
                    (c, t) -> c.get().uri("/api/exports/pack?region={t}&charts=outcomes&tables=rollup&format=pdf", t)
                            .exchange(),
                    200, 200, 200, 200, 404),
            unscoped("POST /api/parse", (c, t) -> c.post().uri("/api/parse")
                            .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(upload()))
                            .exchange(),
                    statuses(401, 200, 200, 200, 200)),
            unscoped("POST /api/auth/login", (c, t) -> c.post().uri("/api/auth/login")
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("username", "clerk", "password", TestUsers.PASSWORD)).exchange(),
                    statuses(200, 200, 200, 200, 200)),
            unscoped("POST /api/auth/refresh", (c, t) -> c.post().uri("/api/auth/refresh").exchange(),
                    statuses(401, 200, 200, 200, 200)),
            unscoped("GET /api/auth/me", (c, t) -> c.get().uri("/api/auth/me").exchange(),
                    statuses(401, 200, 200, 200, 200)),
            // a wrong current password: authorised callers get as far as the check (400) and nothing changes
            unscoped("POST /api/auth/password", (c, t) -> c.post().uri("/api/auth/password")
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("current_password", "wrong-password-1", "new_password", "new-password-2"))
                            .exchange(),
                    statuses(401, 400, 400, 400, 400)),
            unscoped("GET /api/users", (c, t) -> c.get().uri("/api/users").exchange(),
                    statuses(401, 200, 403, 403, 403)),
            unscoped("POST /api/users", (c, t) -> c.post().uri("/api/users")
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("username", "new-" + System.nanoTime(), "role", "VIEWER",
                                    "scope_agency_code", "r"))
                            .exchange(),
                    statuses(401, 201, 403, 403, 403)),
            unscoped("PATCH /api/users/{username}", (c, t) -> c.patch().uri("/api/users/viewer")
                            .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("display_name", "查看员"))
                            .exchange(),
                    statuses(401, 200, 403, 403, 403)),
            unscoped("POST /api/users/{username}/password-reset",
                    (c, t) -> c.post().uri("/api/users/spare/password-reset").exchange(),
                    statuses(401, 200, 403, 403, 403)),
            unscoped("GET /api/audit", (c, t) -> c.get().uri("/api/audit").exchange(),
                    statuses(401, 200, 200, 403, 403)),
            scoped("POST /api/audit/exports", (c, t) -> c.post().uri("/api/audit/exports")
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("agency_code", t, "what", "总览折线图 PNG")).exchange(),
                    204, 204, 204, 204, 404),
            // quality: everyone who sees a region reads its findings; administrators and its supervisors decide
            scoped("GET /api/findings", (c, t) -> c.get().uri("/api/findings?region={t}", t).exchange(),
                    200, 200, 200, 200, 404),
            row("POST /api/findings/{id}/review", (c, t) -> c.post().uri("/api/findings/{id}/review", findingOf(t))
                            .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("decision", "confirmed"))
                            .exchange(),
                    statuses(401, 200, 200, 403, 403), statuses(401, 200, 404, 404, 404)),
            unscoped("GET /api/quality/catalogue", (c, t) -> c.get().uri("/api/quality/catalogue").exchange(),
                    statuses(401, 200, 200, 200, 200)),
            scoped("GET /api/quality/completeness",
                    (c, t) -> c.get().uri("/api/quality/completeness?region={t}", t).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/quality/history", (c, t) -> c.get().uri("/api/quality/history?region={t}", t).exchange(),
                    200, 200, 200, 200, 404),
            row("POST /api/quality/runs", (c, t) -> c.post().uri("/api/quality/runs")
                            .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("region", t)).exchange(),
                    statuses(401, 202, 202, 403, 403), statuses(401, 202, 404, 403, 403)),
            scoped("GET /api/quality/runs", (c, t) -> c.get().uri("/api/quality/runs?region={t}", t).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/quality/runs/{id}", (c, t) -> c.get().uri("/api/quality/runs/{id}", runOf(t)).exchange(),
                    200, 200, 200, 200, 404),
            scoped("GET /api/quality/rules", (c, t) -> c.get().uri("/api/quality/rules?region={t}", t).exchange(),
                    200, 200, 200, 200, 404),
            row("POST /api/quality/rules", (c, t) -> c.post().uri("/api/quality/rules")
                            .contentType(MediaType.APPLICATION_JSON).bodyValue(rule(t)).exchange(),
                    statuses(401, 201, 201, 403, 403), statuses(401, 201, 404, 403, 403)),
            row("PUT /api/quality/rules/{id}", (c, t) -> c.put().uri("/api/quality/rules/{id}", ruleOf(t))
                            .contentType(MediaType.APPLICATION_JSON).bodyValue(rule(t)).exchange(),
                    statuses(401, 200, 200, 403, 403), statuses(401, 200, 404, 403, 403)),
            row("DELETE /api/quality/rules/{id}", (c, t) -> c.delete().uri("/api/quality/rules/{id}", ruleOf(t))
                            .exchange(),
                    statuses(401, 204, 204, 403, 403), statuses(401, 204, 404, 403, 403)));

    /** The application of the running test, for the rows that look up or make what they act on. */
    private static ApplicationContext current;

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void aTreeWithOneUserPerRole() {
        TestDatabase.truncate(dsl);
        AgencyDirectory agencies = context.getBean(AgencyDirectory.class);
        for (String[] body : new String[][] {{"r", null}, {"r.a", "r"}, {"r.b", "r"}, {"o", null}, {"o.x", "o"}}) {
            agencies.addIfAbsent(new NewAgency(body[0], "机构 " + body[0], body[1] == null
                    ? AgencyKind.PEOPLES_GOVERNMENT : AgencyKind.TOWNSHIP, body[1], 0, false, List.of())).block();
        }
        ReportService reports = context.getBean(ReportService.class);
        for (String code : List.of("r.a", "r.b", "o.x")) {
            reports.storeAsSystem(code, 2023, new NewVersion(report(code), VersionOrigin.IMPORT, "test", null,
                    new SourceDocument("年报.txt", "text/plain", ("机构 " + code).getBytes(StandardCharsets.UTF_8))))
                    .block();
        }
        TestUsers.create(context, "admin", Role.ADMIN, null);
        TestUsers.create(context, "supervisor", Role.SUPERVISOR, "r");
        TestUsers.create(context, "clerk", Role.CLERK, IN);
        TestUsers.create(context, "viewer", Role.VIEWER, "r");
        TestUsers.create(context, "spare", Role.VIEWER, "o");
        current = context;
        QualityRuns runs = context.getBean(QualityRuns.class);
        runs.runNow(IN, QualityRun.REQUESTED, "test").block();
        runs.runNow(OUT, QualityRun.REQUESTED, "test").block();
    }

    /** Runs started by a row go on in the background: they end before the next row empties the database. */
    @AfterEach
    void runsStartedHereHaveEnded() throws InterruptedException {
        DSLContext database = current.getBean(DSLContext.class);
        for (int wait = 0; wait < 300; wait++) {
            Integer running = Mono.from(database.selectCount().from(QUALITY_RUN)
                    .where(QUALITY_RUN.STATUS.eq(QualityRun.RUNNING))).block().value1();
            if (running == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("quality runs still running after 30 s");
    }

    /** A current finding of the body (its report's 表四 totals are printed as 0). */
    private static long findingOf(String agencyCode) {
        return Mono.from(current.getBean(DSLContext.class).select(QUALITY_FINDING.ID).from(QUALITY_FINDING)
                .join(AGENCY).on(AGENCY.ID.eq(QUALITY_FINDING.AGENCY_ID)).where(AGENCY.CODE.eq(agencyCode))
                .orderBy(QUALITY_FINDING.ID).limit(1)).block().value1();
    }

    /** A run over the body. */
    private static long runOf(String agencyCode) {
        return Mono.from(current.getBean(DSLContext.class).select(QUALITY_RUN.ID).from(QUALITY_RUN)
                .join(AGENCY).on(AGENCY.ID.eq(QUALITY_RUN.REGION_AGENCY_ID)).where(AGENCY.CODE.eq(agencyCode))
                .limit(1)).block().value1();
    }

    /** A new threshold rule of the body, made for the call that changes or removes it. */
    private static long ruleOf(String agencyCode) {
        return current.getBean(ThresholdRules.class).create(TestUsers.SYSTEM_ADMIN, new ThresholdRules.Definition(
                agencyCode, "公开率偏低", "rate.disclosure", "below", BigDecimal.valueOf(40), 10, "warning"))
                .block().rule().id();
    }

    private static Map<String, Object> rule(String agencyCode) {
        return Map.of("region", agencyCode, "name", "公开率偏低", "metric", "rate.disclosure", "comparison", "below",
                "threshold", 40, "min_sample", 10, "severity", "warning");
    }

    static Stream<Row> matrix() {
        return MATRIX.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void answersEachCallerAsWrittenDown(Row row) {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            for (boolean inside : new boolean[] {true, false}) {
                int expected = (inside ? row.inScope() : row.outOfScope()).get(who);
                int actual = row.call().on(client(who), inside ? IN : OUT).expectBody().returnResult().getStatus()
                        .value();
                if (actual != expected) {
                    wrong.add(who + (inside ? " in scope" : " out of scope") + ": expected " + expected + ", got "
                            + actual);
                }
            }
        }
        assertThat(wrong).as(row.endpoint()).isEmpty();
    }

    @Test
    void everyEndpointHasARow() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (var pattern : info.getPatternsCondition().getPatterns()) {
                if (pattern.getPatternString().startsWith("/api/")) {
                    for (var method : info.getMethodsCondition().getMethods()) {
                        endpoints.add(method.name() + " " + pattern.getPatternString());
                    }
                }
            }
        }
        Set<String> covered = new TreeSet<>(MATRIX.stream().map(Row::endpoint).toList());

        assertThat(covered).as("rows of the authorization matrix").containsExactlyInAnyOrderElementsOf(endpoints);
    }

    private WebTestClient client(Who who) {
        return switch (who) {
            case ANONYMOUS -> web;
            case ADMIN -> TestUsers.as(web, context, "admin");
            case SUPERVISOR -> TestUsers.as(web, context, "supervisor");
            case CLERK -> TestUsers.as(web, context, "clerk");
            case VIEWER -> TestUsers.as(web, context, "viewer");
        };
    }

    private static Row scoped(String endpoint, Call call, int admin, int supervisor, int clerk, int viewer,
                              int outside) {
        return row(endpoint, call, statuses(401, admin, supervisor, clerk, viewer),
                statuses(401, admin, outside, outside, outside));
    }

    private static Row unscoped(String endpoint, Call call, Map<Who, Integer> statuses) {
        return row(endpoint, call, statuses, statuses);
    }

    private static Row row(String endpoint, Call call, Map<Who, Integer> inScope, Map<Who, Integer> outOfScope) {
        return new Row(endpoint, call, inScope, outOfScope);
    }

    private static Map<Who, Integer> statuses(int anonymous, int admin, int supervisor, int clerk, int viewer) {
        Map<Who, Integer> statuses = new EnumMap<>(Who.class);
        statuses.put(Who.ANONYMOUS, anonymous);
        statuses.put(Who.ADMIN, admin);
        statuses.put(Who.SUPERVISOR, supervisor);
        statuses.put(Who.CLERK, clerk);
        statuses.put(Who.VIEWER, viewer);
        return statuses;
    }

    private static AnnualReport report(String agencyCode) {
        AnnualReport fixture = Fixtures.report("hongze-qu_2023");
        return new AnnualReport(fixture.format(), "机构 " + agencyCode, 2023, fixture.signedOn(), fixture.proactive(),
                fixture.requests(), fixture.reviews(), fixture.details());
    }

    /** A report that differs from the stored one each time, so a permitted PUT always makes a new version (201). */
    private static String changedReport(String agencyCode) {
        AnnualReport stored = report(agencyCode);
        return ContractJson.write(new AnnualReport(stored.format(), "机构 " + agencyCode + " " + System.nanoTime(),
                2023, stored.signedOn(), stored.proactive(), stored.requests(), stored.reviews(), stored.details()))
                .toString();
    }

    private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> upload() {
        return upload("file");
    }

    private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> upload(
            String part) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        Path document = Fixtures.document("shizui-zhen_2023");
        body.part(part, new ByteArrayResource(Fixtures.read(document)) {
            @Override
            public String getFilename() {
                return document.getFileName().toString();
            }
        });
        return body.build();
    }
}
