package cn.nianbao.backend.quality;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.AgencyAdministration;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.quality.persistence.FindingRepository;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The quality API over a small region of real reports' tables: 区 q (a people's government) with 镇 q.a and q.b
 * (merged away after 2022), reviews that survive re-runs, a new version that re-opens, the completeness states,
 * the supervisors' threshold rules and the history of counts, and the bounds of every parameter.
 */
@BackendIntegrationTest
class QualityApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReportService reports;

    private WebTestClient admin;
    private WebTestClient supervisor;

    @BeforeEach
    void aRegionWithThreeBodiesOverThreeYears() {
        TestDatabase.truncate(dsl);
        AgencyDirectory agencies = context.getBean(AgencyDirectory.class);
        List<ReportingPeriod> fromTwentyTwentyTwo = List.of(new ReportingPeriod(2022, null));
        agencies.addIfAbsent(new NewAgency("q", "示例区人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                fromTwentyTwentyTwo)).block();
        agencies.addIfAbsent(new NewAgency("q.a", "示例区甲镇人民政府", AgencyKind.TOWNSHIP, "q", 1, false,
                fromTwentyTwentyTwo)).block();
        agencies.addIfAbsent(new NewAgency("q.b", "示例区乙镇人民政府", AgencyKind.TOWNSHIP, "q", 2, false,
                List.of(new ReportingPeriod(2022, 2022)))).block();
        agencies.addIfAbsent(new NewAgency("o", "他区人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                List.of())).block();
        AnnualReport clean = Fixtures.report("hongze-qu_2024");
        AnnualReport reviewsWrong = Fixtures.report("hongze-qu_2023");
        store("q", 2022, clean, LocalDate.of(2023, 3, 10));
        store("q", 2023, clean, LocalDate.of(2024, 4, 5));
        store("q.a", 2022, blank(clean), LocalDate.of(2023, 1, 20));
        store("q.a", 2023, reviewsWrong, LocalDate.of(2024, 1, 20));
        store("q.a", 2024, clean, LocalDate.of(2025, 1, 20));
        store("q.b", 2022, clean, LocalDate.of(2023, 1, 10));
        TestUsers.create(context, "admin", Role.ADMIN, null);
        TestUsers.create(context, "supervisor", Role.SUPERVISOR, "q");
        TestUsers.create(context, "clerk", Role.CLERK, "q.a");
        TestUsers.create(context, "viewer", Role.VIEWER, "q");
        admin = TestUsers.as(web, context, "admin");
        supervisor = TestUsers.as(web, context, "supervisor");
    }

    @Test
    void findingsAreListedAPageAtATimeWithTheirTotal() {
        runAndWait(supervisor, "q"); // a missing report is found by a run: its deadline passes while nothing is stored
        EntityExchangeResult<byte[]> all = supervisor.get().uri("/api/findings?region=q").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult();
        List<JsonNode> findings = json(all);

        assertThat(all.getResponseHeaders().getFirst("X-Total-Count")).isEqualTo(Integer.toString(findings.size()));
        assertThat(findings).extracting(f -> f.get("agency_code").asString() + "/" + f.get("year").asInt() + " "
                        + f.get("code").asString())
                .contains("q.a/2023 T4_SUM", "q.a/2022 BLANK_CELL", "q/2023 LATE_PUBLICATION", "q/2024 MISSING_REPORT");
        JsonNode first = findings.getFirst();
        assertThat(first.propertyNames()).contains("id", "code", "severity", "agency_code", "agency_name", "year",
                "version_no", "cells", "message", "status", "reviewed_by", "reviewed_at", "comment", "source",
                "figures");
        assertThat(findings).extracting(f -> f.get("year").asInt()).isSortedAccordingTo((a, b) -> b - a);

        EntityExchangeResult<byte[]> page = supervisor.get().uri("/api/findings?region=q&limit=2&offset=1").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult();
        assertThat(json(page)).extracting(f -> f.get("id").asLong())
                .containsExactly(findings.get(1).get("id").asLong(), findings.get(2).get("id").asLong());
        assertThat(page.getResponseHeaders().getFirst("X-Total-Count")).isEqualTo(Integer.toString(findings.size()));

        assertThat(json(supervisor.get().uri("/api/findings?region=q&year=2023&code=T4_SUM&severity=error")
                .exchange().expectBody(byte[].class).returnResult())).hasSize(2)
                .allSatisfy(f -> assertThat(f.get("version_no").asInt()).isEqualTo(1));
        assertThat(json(TestUsers.as(web, context, "clerk").get().uri("/api/findings?region=q.a").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult()))
                .isNotEmpty().allSatisfy(f -> assertThat(f.get("agency_code").asString()).isEqualTo("q.a"));
    }

    @Test
    void aReviewSurvivesARerunAndANewVersionIsCheckedAfresh() {
        List<JsonNode> t4 = findings("/api/findings?region=q&code=T4_SUM");
        long dismissedId = t4.get(0).get("id").asLong();
        long confirmedId = t4.get(1).get("id").asLong();

        review(supervisor, dismissedId, "dismissed", null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("comment");
        review(TestUsers.as(web, context, "clerk"), dismissedId, "dismissed", "自己的").expectStatus().isForbidden()
                .expectBody(Void.class);
        review(TestUsers.as(web, context, "viewer"), dismissedId, "confirmed", null).expectStatus().isForbidden()
                .expectBody(Void.class);
        review(supervisor, dismissedId, "dismissed", "原件表四总计栏另有说明，经核实无误").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("dismissed")
                .jsonPath("$.reviewed_by").isEqualTo("supervisor")
                .jsonPath("$.comment").isEqualTo("原件表四总计栏另有说明，经核实无误");
        review(admin, confirmedId, "confirmed", null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("confirmed");
        admin.get().uri("/api/audit?action=FINDING_REVIEWED").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[1].detail").isEqualTo("已排除：原件表四总计栏另有说明，经核实无误");

        runAndWait(supervisor, "q");

        assertThat(findings("/api/findings?region=q&code=T4_SUM")).extracting(f -> f.get("id").asLong() + " "
                        + f.get("status").asString())
                .containsExactlyInAnyOrder(dismissedId + " dismissed", confirmedId + " confirmed");

        AnnualReport same = Fixtures.report("hongze-qu_2023");
        reports.store(TestUsers.SYSTEM_ADMIN, "q.a", 2023, new NewVersion(withAgency(same, "示例区甲镇人民政府"),
                VersionOrigin.MANUAL, "admin", "补充发布日期", null)).block();

        assertThat(findings("/api/findings?region=q&code=T4_SUM")).hasSize(2).allSatisfy(f -> {
            assertThat(f.get("status").asString()).isEqualTo("open");
            assertThat(f.get("version_no").asInt()).isEqualTo(2);
        });
    }

    @Test
    void aPageReadWithOnePlanForEveryRegionIsThePageReadWithTheRegionsOwnPlan() {
        runAndWait(supervisor, "q");
        FindingRepository repository = context.getBean(FindingRepository.class);
        long q = Mono.from(dsl.select(AGENCY.ID).from(AGENCY).where(AGENCY.CODE.eq("q"))).block().value1();
        for (FindingFilter filter : List.of(new FindingFilter(q, false, null, 2019, 2024, null, null, null, 0, 100),
                new FindingFilter(q, false, null, 2022, 2024, null, "error", null, 1, 2))) {
            List<Long> onePlan = repository.list(filter, true).map(FindingView::id).collectList().block();
            List<Long> ownPlan = repository.list(filter, false).map(FindingView::id).collectList().block();
            assertThat(onePlan).as("%s", filter).isNotEmpty().isEqualTo(ownPlan);
            assertThat(repository.count(filter, true).block()).isEqualTo(repository.count(filter, false).block())
                    .isGreaterThanOrEqualTo(onePlan.size());
        }
    }

    @Test
    void theCompletenessMatrixAndItsRates() {
        JsonNode matrix = body(supervisor.get().uri("/api/quality/completeness?region=q&from=2022&to=2024").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult());

        assertThat(matrix.get("years")).extracting(JsonNode::asInt).containsExactly(2022, 2023, 2024);
        Map<String, List<String>> states = new java.util.LinkedHashMap<>();
        matrix.get("bodies").forEach(body -> {
            List<String> row = new ArrayList<>();
            body.get("cells").forEach(cell -> row.add(cell.get("state").asString()));
            states.put(body.get("agency_code").asString(), row);
        });
        assertThat(states).containsExactly(
                Map.entry("q", List.of("clean", "late", "missing")),
                Map.entry("q.a", List.of("warnings", "errors", "clean")),
                Map.entry("q.b", List.of("clean", "not_expected", "not_expected")));
        JsonNode late = matrix.get("bodies").get(0).get("cells").get(1);
        assertThat(late.get("published_on").asString()).isEqualTo("2024-04-05");
        assertThat(late.get("due_on").asString()).isEqualTo("2024-03-31");
        assertThat(late.get("days_late").asInt()).isEqualTo(5);
        assertThat(matrix.get("bodies").get(1).get("cells").get(1).get("errors").asInt()).isEqualTo(2);
        // what a cell does not have is left out, not written as null or 0
        JsonNode missing = matrix.get("bodies").get(0).get("cells").get(2);
        assertThat(missing.propertyNames()).doesNotContain("version_no", "published_on", "days_late", "errors",
                "warnings", "infos").contains("year", "state", "expected", "due_on");
        JsonNode notExpected = matrix.get("bodies").get(2).get("cells").get(1);
        assertThat(notExpected.get("expected").asBoolean(true)).isFalse();
        JsonNode rates2024 = matrix.get("rates").get(2);
        assertThat(rates2024.get("expected").asInt()).isEqualTo(2);
        assertThat(rates2024.get("reported_expected").asInt()).isEqualTo(1);
        assertThat(rates2024.get("reported_rate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(rates2024.get("on_time_rate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(rates2024.get("clean_rate").decimalValue()).isEqualByComparingTo("1");
        JsonNode rates2022 = matrix.get("rates").get(0);
        assertThat(rates2022.get("expected").asInt()).isEqualTo(3);
        assertThat(rates2022.get("clean").asInt()).isEqualTo(2);

        JsonNode townships = body(supervisor.get().uri("/api/quality/completeness?region=q&from=2022&to=2024"
                + "&kind=TOWNSHIP").exchange().expectStatus().isOk().expectBody(byte[].class).returnResult());
        assertThat(townships.get("bodies")).extracting(b -> b.get("agency_code").asString())
                .containsExactly("q.a", "q.b");

        JsonNode dismissedLate = findings("/api/findings?region=q&code=LATE_PUBLICATION").getFirst();
        review(supervisor, dismissedLate.get("id").asLong(), "dismissed", "网站发布日期记录有误").expectStatus().isOk()
                .expectBody(Void.class);
        JsonNode after = body(supervisor.get().uri("/api/quality/completeness?region=q&from=2023&to=2023").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult());
        assertThat(after.get("bodies").get(0).get("cells").get(0).get("state").asString())
                .as("a dismissed finding no longer counts").isNotEqualTo("late");
    }

    /**
     * By sub-region, each line (the region's own body; a sub-region with every body under it) counts what the body
     * rows of the same region count, whatever the kind, and after a finding that made a report late is dismissed.
     */
    @Test
    void theMatrixBySubRegionCountsWhatItsBodyRowsCount() {
        runAndWait(supervisor, "q");
        AgencyAdministration administration = context.getBean(AgencyAdministration.class);
        administration.create(TestUsers.SYSTEM_ADMIN, new NewAgency("top", "示例市人民政府",
                AgencyKind.PEOPLES_GOVERNMENT, null, 0, false, List.of(new ReportingPeriod(2022, null)))).block();
        administration.change(TestUsers.SYSTEM_ADMIN, "q", new AgencyAdministration.Change(null, "top", null, null))
                .block();

        linesAgreeWithBodies("");
        linesAgreeWithBodies("&kind=TOWNSHIP");
        linesAgreeWithBodies("&kind=PEOPLES_GOVERNMENT");
        JsonNode late = findings("/api/findings?region=q&code=LATE_PUBLICATION").getFirst();
        review(supervisor, late.get("id").asLong(), "dismissed", "网站发布日期记录有误").expectStatus().isOk()
                .expectBody(Void.class);
        linesAgreeWithBodies("");

        admin.get().uri("/api/quality/completeness?region=top&by=provinces").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("by");
    }

    private void linesAgreeWithBodies(String kind) {
        String uri = "/api/quality/completeness?region=top&from=2022&to=2024" + kind;
        JsonNode bodies = body(admin.get().uri(uri + "&by=bodies").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult());
        JsonNode lines = body(admin.get().uri(uri + "&by=children").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult());

        assertThat(lines.get("by").asString()).isEqualTo("children");
        assertThat(lines.get("bodies")).isEmpty();
        Map<String, List<List<Integer>>> expected = new java.util.LinkedHashMap<>();
        bodies.get("bodies").forEach(body -> {
            String line = body.get("agency_code").asString().equals("top") ? "top" : "q";
            List<List<Integer>> years = expected.computeIfAbsent(line, key -> new ArrayList<>(List.of(
                    new ArrayList<>(List.of(0, 0, 0, 0, 0, 0)), new ArrayList<>(List.of(0, 0, 0, 0, 0, 0)),
                    new ArrayList<>(List.of(0, 0, 0, 0, 0, 0)))));
            for (int i = 0; i < 3; i++) {
                JsonNode cell = body.get("cells").get(i);
                boolean reported = cell.hasNonNull("version_no");
                boolean isExpected = cell.get("expected").asBoolean();
                boolean published = cell.hasNonNull("published_on");
                boolean onTime = reported && isExpected && published && !cell.get("state").asString().equals("late")
                        && cell.get("published_on").asString().compareTo(cell.get("due_on").asString()) <= 0;
                int[] add = {isExpected ? 1 : 0, reported ? 1 : 0, reported && isExpected ? 1 : 0, onTime ? 1 : 0,
                        cell.get("state").asString().equals("clean") ? 1 : 0, reported && !published ? 1 : 0};
                for (int k = 0; k < add.length; k++) {
                    years.get(i).set(k, years.get(i).get(k) + add[k]);
                }
            }
        });
        Map<String, List<List<Integer>>> counted = new java.util.LinkedHashMap<>();
        lines.get("regions").forEach(line -> {
            List<List<Integer>> years = new ArrayList<>();
            line.get("years").forEach(year -> years.add(counts(year)));
            counted.put(line.get("agency_code").asString(), years);
            assertThat(line.get("whole_subtree").asBoolean()).isEqualTo(!line.get("agency_code").asString()
                    .equals("top"));
        });
        assertThat(counted).as(kind).isEqualTo(expected);
        List<List<Integer>> rates = new ArrayList<>();
        lines.get("rates").forEach(year -> rates.add(counts(year)));
        List<List<Integer>> bodyRates = new ArrayList<>();
        bodies.get("rates").forEach(year -> bodyRates.add(counts(year)));
        assertThat(rates).as(kind + " 各年合计").isEqualTo(bodyRates).isNotEqualTo(List.of(
                List.of(0, 0, 0, 0, 0, 0), List.of(0, 0, 0, 0, 0, 0), List.of(0, 0, 0, 0, 0, 0)));
    }

    private static List<Integer> counts(JsonNode year) {
        return List.of(year.get("expected").asInt(), year.get("reported").asInt(),
                year.get("reported_expected").asInt(), year.get("on_time").asInt(), year.get("clean").asInt(),
                year.get("publication_unknown").asInt());
    }

    @Test
    void supervisorsThresholdRules() {
        JsonNode jump = body(supervisor.post().uri("/api/quality/rules").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("region", "q", "name", "新收申请激增", "metric", "requests.new_received.total",
                        "comparison", "change_above", "threshold", 300, "min_sample", 10, "severity", "warning"))
                .exchange().expectStatus().isCreated().expectBody(byte[].class).returnResult());

        assertThat(jump.get("findings").asInt()).isEqualTo(1);
        assertThat(findings("/api/findings?region=q&code=THRESHOLD")).singleElement().satisfies(f -> {
            assertThat(f.get("agency_code").asString() + "/" + f.get("year").asInt()).isEqualTo("q.a/2024");
            assertThat(f.get("message").asString()).isEqualTo(
                    "新收申请激增：本年新收申请数量 95 件，上年 21 件，变化 +352.4%，较上年变化超过 300%");
            assertThat(f.get("rule_id").asLong()).isEqualTo(jump.get("id").asLong());
            assertThat(f.get("cells")).extracting(JsonNode::asString).containsExactly("requests.new_received.total");
        });

        JsonNode low = body(supervisor.post().uri("/api/quality/rules").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("region", "q", "name", "公开率偏低", "metric", "rate.disclosure",
                        "comparison", "below", "threshold", 40, "min_sample", 30, "severity", "info"))
                .exchange().expectStatus().isCreated().expectBody(byte[].class).returnResult());
        assertThat(low.get("findings").asInt()).as("甲镇 2023: 4 of 21 requests, fewer than 30").isZero();

        supervisor.put().uri("/api/quality/rules/{id}", low.get("id").asLong()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("region", "q", "name", "公开率偏低", "metric", "rate.disclosure",
                        "comparison", "below", "threshold", 40, "min_sample", 20, "severity", "info"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.findings").isEqualTo(1);
        assertThat(findings("/api/findings?region=q&code=THRESHOLD&severity=info")).singleElement()
                .satisfies(f -> assertThat(f.get("message").asString())
                        .isEqualTo("公开率偏低：公开率 19.05%（4/21），低于 40%"));
        assertThat(findings("/api/quality/rules?region=q")).extracting(r -> r.get("name").asString())
                .containsExactlyInAnyOrder("新收申请激增", "公开率偏低");

        supervisor.post().uri("/api/quality/rules").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("region", "o", "name", "别处", "metric", "rate.disclosure", "comparison", "below",
                        "threshold", 40)).exchange().expectStatus().isNotFound().expectBody(Void.class);
        TestUsers.as(web, context, "clerk").post().uri("/api/quality/rules").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("region", "q.a", "name", "自定", "metric", "rate.disclosure", "comparison", "below",
                        "threshold", 40)).exchange().expectStatus().isForbidden().expectBody(Void.class);
        supervisor.post().uri("/api/quality/rules").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("region", "q", "name", "无此指标", "metric", "rate.nothing", "comparison", "below",
                        "threshold", 40)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("metric");
        supervisor.post().uri("/api/quality/rules").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("region", "q", "name", "比率超过百分百", "metric", "rate.disclosure", "comparison",
                        "below", "threshold", 140)).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("threshold");

        supervisor.delete().uri("/api/quality/rules/{id}", jump.get("id").asLong()).exchange()
                .expectStatus().isNoContent().expectBody(Void.class);
        assertThat(findings("/api/findings?region=q&code=THRESHOLD")).hasSize(1);

        reports.store(TestUsers.SYSTEM_ADMIN, "q.a", 2023, new NewVersion(withAgency(Fixtures.report("hongze-qu_2023"),
                "示例区甲镇人民政府"), VersionOrigin.MANUAL, "admin", "重新提交", null)).block();
        assertThat(findings("/api/findings?region=q&code=THRESHOLD")).as("a new version is judged by the rule again")
                .singleElement().satisfies(f -> assertThat(f.get("version_no").asInt()).isEqualTo(2));
    }

    @Test
    void theHistoryCountsWhatEachRunLeft() {
        runAndWait(supervisor, "q");
        int open = total("/api/findings?region=q&status=open");
        long toConfirm = findings("/api/findings?region=q&code=T4_SUM").getFirst().get("id").asLong();
        review(supervisor, toConfirm, "confirmed", "已通知甲镇更正").expectStatus().isOk().expectBody(Void.class);
        runAndWait(supervisor, "q");

        JsonNode history = body(supervisor.get().uri("/api/quality/history?region=q").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult());

        assertThat(history.get("points")).hasSize(2);
        JsonNode before = history.get("points").get(0);
        JsonNode after = history.get("points").get(1);
        assertThat(before.get("open").asInt()).isEqualTo(open);
        assertThat(after.get("open").asInt()).isEqualTo(open - 1);
        assertThat(after.get("confirmed").asInt()).isEqualTo(1);
        assertThat(after.get("open_by_code").get("T4_SUM").asInt()).isEqualTo(1);
        assertThat(before.get("open_by_severity").get("error").asInt())
                .isEqualTo(total("/api/findings?region=q&severity=error") );
        assertThat(body(supervisor.get().uri("/api/quality/runs?region=q").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult())).hasSize(2);
    }

    @Test
    void theChartOfOpenFindingsHasAPointPerRun() {
        runAndWait(supervisor, "q");
        long toConfirm = findings("/api/findings?region=q&code=T4_SUM").getFirst().get("id").asLong();
        review(supervisor, toConfirm, "confirmed", "已通知甲镇更正").expectStatus().isOk().expectBody(Void.class);
        runAndWait(supervisor, "q");
        JsonNode history = body(supervisor.get().uri("/api/quality/history?region=q").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult());

        JsonNode chart = body(supervisor.get().uri("/api/charts/quality-history/data?region=q").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult());

        assertThat(chart.get("table").get("rows")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode point = history.get("points").get(i);
            JsonNode cells = chart.get("table").get("rows").get(i).get("cells");
            assertThat(chart.get("table").get("rows").get(i).get("key").asLong()).isEqualTo(point.get("run_id").asLong());
            assertThat(cells.get(0).get("value").asInt()).isEqualTo(point.get("open").asInt());
            assertThat(cells.get(1).get("value").asInt())
                    .isEqualTo(point.get("open_by_severity").get("error").asInt());
            assertThat(cells.get(2).get("value").asInt())
                    .isEqualTo(point.get("open_by_severity").get("warning").asInt());
        }
        int open = history.get("points").get(1).get("open").asInt();
        assertThat(chart.get("caption").asString()).contains("示例区未处理的质量问题 " + open + " 个", "比上次减少 1 个");
        supervisor.get().uri("/api/charts/quality-history?region=q").exchange().expectStatus().isOk()
                .expectHeader().contentType("image/svg+xml").expectBody(Void.class);
        supervisor.get().uri("/api/charts/quality-history/data?region=o").exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
    }

    @Test
    void everyParameterIsBounded() {
        for (String bad : List.of("limit=501", "limit=0", "offset=-1", "offset=1000001", "year=1999",
                "year=2023&from=2022", "from=2024&to=2022", "from=1990&to=2024", "code=NOPE", "severity=fatal",
                "status=closed", "limit=99999999999")) {
            supervisor.get().uri("/api/findings?region=q&" + bad).exchange().expectStatus().isBadRequest()
                    .expectBody(Void.class);
        }
        supervisor.get().uri("/api/findings?region=o").exchange().expectStatus().isNotFound().expectBody(Void.class);
        supervisor.get().uri("/api/findings?region=q&agency=o").exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
        supervisor.get().uri("/api/quality/completeness?region=q&from=1990&to=2024").exchange()
                .expectStatus().isBadRequest().expectBody(Void.class);
        supervisor.get().uri("/api/quality/history?region=q&limit=501").exchange().expectStatus().isBadRequest()
                .expectBody(Void.class);
        review(supervisor, "abc", "confirmed").expectStatus().isBadRequest().expectBody(Void.class);
        review(supervisor, "99999999", "confirmed").expectStatus().isNotFound().expectBody(Void.class);
        review(supervisor, findings("/api/findings?region=q").getFirst().get("id").asString(), "open")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("decision");
        supervisor.post().uri("/api/quality/runs").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange().expectStatus().isBadRequest().expectBody(Void.class);
        supervisor.get().uri("/api/quality/runs/{id}", "x").exchange().expectStatus().isBadRequest()
                .expectBody(Void.class);
    }

    private void store(String agency, int year, AnnualReport tables, LocalDate published) {
        AnnualReport report = new AnnualReport(tables.format(), null, year, null, tables.proactive(), tables.requests(),
                tables.reviews(), new AnnualReport.Details(null, null, List.of(), published, null));
        reports.storeAsSystem(agency, year, new NewVersion(report, VersionOrigin.API, "test", null, null)).block();
    }

    private static AnnualReport withAgency(AnnualReport report, String agency) {
        return new AnnualReport(report.format(), agency, report.year(), null, report.proactive(), report.requests(),
                report.reviews(), new AnnualReport.Details(null, null, List.of(), LocalDate.of(2024, 1, 20), null));
    }

    /** The tables with one blank cell: a warning, and nothing adds up in its column. */
    private static AnnualReport blank(AnnualReport report) {
        var rows = new java.util.EnumMap<>(report.requests());
        ApplicantCounts granted = rows.get(RequestRow.GRANTED);
        rows.put(RequestRow.GRANTED, new ApplicantCounts(granted.naturalPerson(), granted.commercial(), null,
                granted.publicInterest(), granted.legalServices(), granted.other(), granted.total()));
        return new AnnualReport(report.format(), report.agency(), report.year(), report.signedOn(), report.proactive(),
                rows, report.reviews(), report.details());
    }

    private void runAndWait(WebTestClient client, String region) {
        JsonNode run = body(client.post().uri("/api/quality/runs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("region", region)).exchange().expectStatus().isAccepted()
                .expectBody(byte[].class).returnResult());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode now = body(client.get().uri("/api/quality/runs/{id}", run.get("id").asLong()).exchange()
                    .expectStatus().isOk().expectBody(byte[].class).returnResult());
            if (!now.get("status").asString().equals("running")) {
                assertThat(now.get("status").asString()).isEqualTo("finished");
                return;
            }
            assertThat(System.nanoTime()).as("the run finishes within a minute").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private WebTestClient.ResponseSpec review(WebTestClient client, long id, String decision, String comment) {
        Map<String, String> body = new java.util.HashMap<>();
        body.put("decision", decision);
        if (comment != null) {
            body.put("comment", comment);
        }
        return client.post().uri("/api/findings/{id}/review", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec review(WebTestClient client, String id, String decision) {
        return client.post().uri("/api/findings/{id}/review", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("decision", decision)).exchange();
    }

    private List<JsonNode> findings(String uri) {
        return json(supervisor.get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult());
    }

    private int total(String uri) {
        return Integer.parseInt(supervisor.get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class)
                .returnResult().getResponseHeaders().getFirst("X-Total-Count"));
    }

    private static JsonNode body(EntityExchangeResult<byte[]> result) {
        return ContractJson.MAPPER.readTree(result.getResponseBody());
    }

    private static List<JsonNode> json(EntityExchangeResult<byte[]> result) {
        List<JsonNode> list = new ArrayList<>();
        body(result).forEach(list::add);
        return list;
    }
}
