package cn.nianbao.backend.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.demo.DemoData;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The acceptance of the quality rules on the product's demo data, loaded as on a first start: every problem planted
 * in 示例市 (README's table) is found with its code at its body, year and cells, no other error is found on a demo
 * body, and the four real reports give what a supervisor reading them sees — 洪泽区 2023's 表四 totals are errors,
 * 石嘴镇 2023's repeated 表三 and its signature on 2023-12-31 are reported, 淮安市 2024 has no error. A run of every
 * rule over everything afterwards changes nothing.
 */
@BackendIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityOnDemoDataTest {

    @Autowired
    WebTestClient web;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationContext context;
    @Autowired
    QualityRuns runs;

    /** Every current finding, as the API lists them to an administrator, by "body/year". */
    private final Map<String, List<JsonNode>> findings = new TreeMap<>();

    @BeforeAll
    void theDemoDataAsOnAFirstStart() {
        TestDatabase.truncate(dsl);
        DemoData.load(context);
        // as on a first start: the rules run over everything once the demo is loaded (QualityStartup)
        runs.runNow(null, QualityRun.RULES_UPDATED, "系统").block();
        TestUsers.create(context, "admin", Role.ADMIN, null);
        TestUsers.create(context, "supervisor", Role.SUPERVISOR, "demo");
        web = TestUsers.as(web, context, "admin");
        for (String root : List.of("demo", "jl", "js")) {
            for (JsonNode finding : list("/api/findings?region=" + root + "&limit=500")) {
                findings.computeIfAbsent(finding.get("agency_code").asString() + "/" + finding.get("year").asInt(),
                        key -> new ArrayList<>()).add(finding);
            }
        }
    }

    @Test
    void everyPlantedProblemIsFoundWithItsCodeAtItsBodyYearAndCells() {
        assertThat(found("demo.t07/2022", "MISSING_REPORT")).singleElement()
                .satisfies(f -> assertThat(f.get("version_no").isNull()).isTrue());
        assertThat(found("demo.d04/2023", "MISSING_REPORT")).hasSize(1);
        assertThat(found("demo.t10/2021", "LATE_PUBLICATION")).singleElement()
                .satisfies(f -> assertThat(cells(f)).containsExactly("published_on"));
        assertThat(found("demo.d05/2023", "LATE_PUBLICATION")).hasSize(1);
        assertThat(found("demo.t08/2020", "T3_OUTCOME_SUM")).extracting(QualityOnDemoDataTest::cells)
                .anySatisfy(cells -> assertThat(cells).contains("requests.granted.natural_person",
                        "requests.other_unsplit.natural_person", "requests.total_processed.natural_person"));
        assertThat(found("demo.t08/2020", "T3_OUTCOME_SUM")).extracting(f -> f.get("message").asString())
                .anySatisfy(message -> assertThat(message).startsWith("表三 自然人").endsWith("相差 1"));
        assertThat(found("demo.t09/2023", "T3_BALANCE")).extracting(QualityOnDemoDataTest::cells)
                .anySatisfy(cells -> assertThat(cells).containsExactly("requests.new_received.natural_person",
                        "requests.carried_over.natural_person", "requests.total_processed.natural_person",
                        "requests.carried_forward.natural_person"))
                .anySatisfy(cells -> assertThat(cells).contains("requests.new_received.total"));
        assertThat(found("demo.d07/2022", "T4_SUM")).singleElement()
                .satisfies(f -> assertThat(cells(f)).contains("reviews.administrative_review.total"));
        assertThat(found("demo.t11/2022", "CARRY_OVER")).extracting(QualityOnDemoDataTest::cells)
                .anySatisfy(cells -> assertThat(cells).containsExactly(
                        "previous.requests.carried_forward.natural_person", "requests.carried_over.natural_person"));
        assertThat(found("demo.t13/2022", "BLANK_CELL")).singleElement()
                .satisfies(f -> assertThat(cells(f)).contains("requests.new_received.research",
                        "requests.new_received.public_interest").hasSize(2 * 25))
                .satisfies(f -> assertThat(f.get("message").asString()).contains("科研机构、社会公益组织"));
        assertThat(found("demo.t12/2024", "TEXT_REPEATED")).singleElement()
                .satisfies(f -> assertThat(f.get("message").asString()).contains("本机关 2023 年度年报"));
        assertThat(found("demo.t06/2023", "TEXT_REPEATED")).singleElement()
                .satisfies(f -> assertThat(f.get("message").asString()).contains("示例市北山街道办事处 2023 年度年报"));
    }

    @Test
    void noOtherErrorOnADemoBody() {
        TreeSet<String> errors = new TreeSet<>();
        findings.forEach((bodyYear, list) -> list.stream()
                .filter(f -> bodyYear.startsWith("demo") && f.get("severity").asString().equals("error"))
                .forEach(f -> errors.add(bodyYear + " " + f.get("code").asString() + " " + f.get("message")
                        .asString().replaceAll("：.*", ""))));

        assertThat(errors).containsExactly(
                "demo.d04/2023 MISSING_REPORT 示例市民政局 应于 2024-01-31 前发布 2023 年度年报，至今没有",
                "demo.d07/2022 T4_SUM 表四 行政复议",
                "demo.t07/2022 MISSING_REPORT 示例市白水镇人民政府 应于 2023-01-31 前发布 2022 年度年报，至今没有",
                "demo.t08/2020 T3_OUTCOME_SUM 表三 总计（（六）其他处理为一行）",
                "demo.t08/2020 T3_OUTCOME_SUM 表三 自然人（（六）其他处理为一行）",
                "demo.t09/2023 T3_BALANCE 表三 总计",
                "demo.t09/2023 T3_BALANCE 表三 自然人",
                "demo.t11/2022 CARRY_OVER 表三 总计",
                "demo.t11/2022 CARRY_OVER 表三 自然人");
    }

    @Test
    void theWarningsOnDemoBodiesAreThePlantedOnes() {
        TreeSet<String> warnings = new TreeSet<>();
        findings.forEach((bodyYear, list) -> list.stream()
                .filter(f -> bodyYear.startsWith("demo") && !f.get("severity").asString().equals("error"))
                .forEach(f -> warnings.add(bodyYear + " " + f.get("code").asString())));

        // 北山街道 (t05) and 青山镇 (t06) hold each other's text: the copy shows on both
        assertThat(warnings).containsExactly("demo.d05/2023 LATE_PUBLICATION", "demo.t05/2023 TEXT_REPEATED",
                "demo.t06/2023 TEXT_REPEATED", "demo.t10/2021 LATE_PUBLICATION", "demo.t12/2024 TEXT_REPEATED",
                "demo.t13/2022 BLANK_CELL");
    }

    @Test
    void theRealReportsAsASupervisorReadsThem() {
        assertThat(found("js.huaian.hongze/2023", "T4_SUM")).extracting(f -> f.get("severity").asString() + " "
                        + f.get("message").asString())
                .containsExactlyInAnyOrder(
                        "error 表四 行政复议：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 11，总计 0，相差 11",
                        "error 表四 行政诉讼（复议后起诉）：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 5，总计 0，相差 5");
        assertThat(found("jl.jilin.panshi.shizui/2023", "TABLE_REPEATED")).singleElement()
                .satisfies(f -> assertThat(f.get("severity").asString()).isEqualTo("warning"));
        assertThat(found("jl.jilin.panshi.shizui/2023", "SIGNED_EARLY")).singleElement()
                .satisfies(f -> assertThat(f.get("message").asString()).contains("2023-12-31"));
        assertThat(findings.getOrDefault("js.huaian/2024", List.of()))
                .noneMatch(f -> f.get("severity").asString().equals("error"));
    }

    @Test
    void aRunOfEveryRuleOverEverythingChangesNothing() {
        Map<String, List<String>> before = ids();

        QualityRun run = runs.runNow(null, QualityRun.REQUESTED, "test").block();

        assertThat(run.status()).isEqualTo(QualityRun.FINISHED);
        assertThat(run.reports()).isEqualTo(154 + 4);
        assertThat(ids()).isEqualTo(before);
    }

    private Map<String, List<String>> ids() {
        Map<String, List<String>> ids = new TreeMap<>();
        for (String root : List.of("demo", "jl", "js")) {
            for (JsonNode finding : list("/api/findings?region=" + root + "&limit=500")) {
                ids.computeIfAbsent(finding.get("agency_code").asString() + "/" + finding.get("year").asInt(),
                        key -> new ArrayList<>()).add(finding.get("id").asString() + " " + finding.get("code").asString());
            }
        }
        return ids;
    }

    private List<JsonNode> found(String bodyYear, String code) {
        return findings.getOrDefault(bodyYear, List.of()).stream().filter(f -> f.get("code").asString().equals(code))
                .toList();
    }

    private static List<String> cells(JsonNode finding) {
        List<String> cells = new ArrayList<>();
        finding.get("cells").forEach(cell -> cells.add(cell.asString()));
        return cells;
    }

    private List<JsonNode> list(String uri) {
        byte[] body = web.get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult()
                .getResponseBody();
        List<JsonNode> list = new ArrayList<>();
        ContractJson.MAPPER.readTree(body).forEach(list::add);
        return list;
    }
}
