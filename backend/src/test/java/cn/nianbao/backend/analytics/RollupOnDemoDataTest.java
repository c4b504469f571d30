package cn.nianbao.backend.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/analytics/rollup} on the demo city 示例市: for every year, the roll-up equals, cell by cell, the sum of
 * the bodies' reports read one by one through {@code GET /api/reports/{agency}/{year}} (the city's own body
 * included), and each cell's blank count the number of reports printing it blank; the 2019 layout's single
 * （六）其他处理 row stays apart; the bodies counted, expected and reported match the agency tree.
 */
@BackendIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupOnDemoDataTest {

    private static final int FIRST = 2019;
    private static final int LAST = 2024;
    private static final List<String> TABLES = List.of("proactive", "requests", "reviews");

    @Autowired
    WebTestClient web;
    @Autowired
    AgencyDirectory agencies;
    @Autowired
    ReportService reports;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationContext context;

    private final DemoCity city = new DemoCity(DemoCity.Spec.DEFAULT);
    /** Every body of the city (itself first) as the agency API lists it: code → kind. */
    private final Map<String, String> bodies = new java.util.LinkedHashMap<>();
    /** The report of each "code/year" as the report API gives it (contract form); absent when there is none. */
    private final Map<String, JsonNode> readBack = new HashMap<>();

    @BeforeAll
    void theDemoCityReadBackReportByReport() {
        TestDatabase.truncate(dsl);
        city.agencies().forEach(agency -> agencies.addIfAbsent(agency).block());
        Flux.fromIterable(city.reports())
                .concatMap(report -> reports.storeAsSystem(report.agencyCode(), report.year(),
                        new NewVersion(report.report(), VersionOrigin.DEMO, "示例数据", null, null)))
                .blockLast();
        TestUsers.create(context, "admin", Role.ADMIN, null);
        TestUsers.create(context, "clerk", Role.CLERK, "demo.t01");
        web = TestUsers.as(web, context, "admin");
        json("/api/agencies?under=demo").forEach(agency ->
                bodies.put(agency.get("code").asString(), agency.get("kind").asString()));
        for (String code : bodies.keySet()) {
            for (int year = FIRST; year <= LAST; year++) {
                EntityExchangeResult<byte[]> result = web.get().uri("/api/reports/{a}/{y}", code, year)
                        .exchange().expectBody(byte[].class).returnResult();
                if (result.getStatus() == HttpStatus.OK) {
                    readBack.put(code + "/" + year,
                            ContractJson.MAPPER.readTree(result.getResponseBody()).get("report"));
                } else {
                    assertThat(result.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
                }
            }
        }
        assertThat(bodies).hasSize(city.agencies().size());
    }

    @Test
    void theRollupOfTheCityEqualsItsReportsAddedUpOneByOne() {
        for (int year = FIRST; year <= LAST; year++) {
            assertRollup(json("/api/analytics/rollup?region=demo&year=" + year), year, kind -> true);
        }
    }

    @Test
    void aKindRollsUpThatKindOnly() {
        JsonNode townships = json("/api/analytics/rollup?region=demo&year=2022&kind=TOWNSHIP");
        assertThat(townships.get("kind").asString()).isEqualTo("TOWNSHIP");
        assertRollup(townships, 2022, "TOWNSHIP"::equals);
        assertRollup(json("/api/analytics/rollup?region=demo&year=2020&kind=DEPARTMENT"), 2020, "DEPARTMENT"::equals);
    }

    @Test
    void theBodiesCountedExpectedAndReportedFollowTheTree() {
        JsonNode rollup = json("/api/analytics/rollup?region=demo&year=2022");
        JsonNode counts = rollup.get("bodies");
        assertThat(counts.get("counted").asInt()).isEqualTo(bodies.size());
        assertThat(counts.get("reported").asInt()).isEqualTo(reportsOf(2022, kind -> true).size());
        // 白水镇 published nothing for 2022; 长岭乡 merged away after 2021 is not expected
        assertThat(counts.get("missing").asInt()).isEqualTo(1);
        assertThat(counts.get("expected").asInt()).isEqualTo(counts.get("reported").asInt() + 1);
        assertThat(rollup.get("notes").toString()).contains("1 个应报机构未报送年报");
        // 新华乡 left 科研机构 and 社会公益组织 blank in 2022: counted, not added as 0
        assertThat(rollup.get("blank").get("requests").get("new_received").get("research").asInt()).isEqualTo(1);
        assertThat(rollup.get("blank").get("requests").get("new_received").get("natural_person").asInt()).isZero();
    }

    @Test
    void theOneRowOtherOfThe2019LayoutStaysApartAndIsNoted() {
        JsonNode rollup2020 = json("/api/analytics/rollup?region=demo&year=2020");
        JsonNode requests = rollup2020.get("report").get("requests");
        assertThat(rollup2020.get("other_unsplit_bodies").asInt()).isEqualTo(reportsOf(2020, kind -> true).size());
        assertThat(requests.has("other_unsplit")).isTrue();
        assertThat(requests.has("other_no_correction")).isFalse(); // no 2020 report splits （六）
        assertThat(rollup2020.get("notes").toString()).contains("2019 年试行格式").contains("未分项");
        assertThat(rollup2020.get("report").has("proactive")).isFalse(); // the trial format's 表二 is not in the contract
        JsonNode rollup2023 = json("/api/analytics/rollup?region=demo&year=2023");
        assertThat(rollup2023.get("other_unsplit_bodies").asInt()).isZero();
        assertThat(rollup2023.get("report").get("requests").has("other_unsplit")).isFalse();
        assertThat(rollup2023.get("report").get("requests").has("other_other")).isTrue();
    }

    @Test
    void aClerkRollsUpTheirOwnBodyAndNothingElse() {
        WebTestClient clerk = TestUsers.as(web, context, "clerk");
        byte[] own = clerk.get().uri("/api/analytics/rollup?region=demo.t01&year=2023").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        JsonNode rollup = ContractJson.MAPPER.readTree(own);
        assertThat(rollup.get("bodies").get("counted").asInt()).isEqualTo(1);
        assertThat(rollup.get("report").get("requests"))
                .isEqualTo(readBack.get("demo.t01/2023").get("requests"));
        clerk.get().uri("/api/analytics/rollup?region=demo&year=2023").exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
    }

    @Test
    void aReportBesideLastYearsHasLastYearsCellsAndTheirChanges() {
        for (String code : List.of("demo.t13", "demo", "demo.t16", "demo.t07")) {
            for (int y = FIRST; y <= LAST; y++) {
                int year = y;
                JsonNode answer = json("/api/analytics/year-on-year?agency=" + code + "&year=" + year);
                JsonNode current = readBack.get(code + "/" + year);
                JsonNode previous = readBack.get(code + "/" + (year - 1));
                assertThat(answer.get("reported").asBoolean()).isEqualTo(current != null);
                assertThat(answer.get("previous_reported").asBoolean()).as("%s %d", code, year)
                        .isEqualTo(previous != null);
                for (String table : TABLES) {
                    JsonNode before = previous == null ? null : previous.get(table);
                    boolean printed = before != null && !before.isNull() && !before.isEmpty();
                    JsonNode answered = answer.get("previous").get(table);
                    assertThat(answered).as("%s %d %s", code, year, table).isEqualTo(printed ? before : null);
                    JsonNode changes = answer.get("change").get(table);
                    JsonNode now = current == null ? null : current.get(table);
                    if (!printed || now == null || now.isNull()) {
                        assertThat(changes).isNull();
                        continue;
                    }
                    now.properties().forEach(row -> row.getValue().properties().forEach(cell -> {
                        JsonNode old = before.path(row.getKey()).path(cell.getKey());
                        JsonNode change = changes == null ? null : changes.path(row.getKey()).get(cell.getKey());
                        if (cell.getValue().isNull() || old.isMissingNode() || old.isNull()) {
                            assertThat(change).as("%s.%s.%s", table, row.getKey(), cell.getKey()).isNull();
                        } else {
                            assertThat(change.decimalValue()).as("%s %d %s.%s.%s", code, year, table, row.getKey(),
                                    cell.getKey()).isEqualByComparingTo(
                                    cell.getValue().decimalValue().subtract(old.decimalValue()));
                        }
                    }));
                }
            }
        }
        WebTestClient clerk = TestUsers.as(web, context, "clerk");
        clerk.get().uri("/api/analytics/year-on-year?agency=demo.t01&year=2023").exchange().expectStatus().isOk()
                .expectBody(Void.class);
        clerk.get().uri("/api/analytics/year-on-year?agency=demo.t02&year=2023").exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
        web.get().uri("/api/analytics/year-on-year?agency=demo.t01").exchange().expectStatus().isBadRequest()
                .expectBody(Void.class);
    }

    @Test
    void badParametersAreRefusedInChinese() {
        web.get().uri("/api/analytics/rollup?region=demo&year=1999").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        web.get().uri("/api/analytics/rollup?region=demo&year=99999999999").exchange().expectStatus().isBadRequest()
                .expectBody(Void.class);
        web.get().uri("/api/analytics/rollup?region=nowhere").exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
        web.get().uri("/api/analytics/rollup?region=demo&kind=CITY").exchange().expectStatus().isBadRequest()
                .expectBody(Void.class);
    }

    private void assertRollup(JsonNode rollup, int year, Predicate<String> kind) {
        List<JsonNode> summed = reportsOf(year, kind);
        assertThat(rollup.get("year").asInt()).isEqualTo(year);
        assertThat(rollup.get("bodies").get("reported").asInt()).as("reported %d", year).isEqualTo(summed.size());
        List<String> wrong = new ArrayList<>();
        for (String table : TABLES) {
            Map<String, Map<String, Expected>> expected = new java.util.LinkedHashMap<>();
            int withTable = 0;
            for (JsonNode report : summed) {
                JsonNode rows = report.get(table);
                if (rows == null || rows.isNull() || rows.isEmpty()) {
                    continue;
                }
                withTable++;
                for (Iterator<Map.Entry<String, JsonNode>> it = rows.properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> row = it.next();
                    row.getValue().properties().forEach(cell -> expected
                            .computeIfAbsent(row.getKey(), r -> new java.util.LinkedHashMap<>())
                            .computeIfAbsent(cell.getKey(), c -> new Expected()).add(cell.getValue()));
                }
            }
            assertThat(rollup.get("tables").get(table).asInt()).as("%s %d", table, year).isEqualTo(withTable);
            JsonNode actual = rollup.get("report").get(table);
            JsonNode blanks = rollup.get("blank").get(table);
            if (expected.isEmpty()) {
                assertThat(actual).as("%s %d absent", table, year).isNull();
                continue;
            }
            assertThat(actual.propertyNames()).as("%s rows %d", table, year)
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((row, cells) -> cells.forEach((column, cell) -> {
                JsonNode value = actual.get(row).get(column);
                BigDecimal got = value.isNull() ? null : value.decimalValue();
                if (!equal(cell.sum, got) || blanks.get(row).get(column).asInt() != cell.blanks) {
                    wrong.add(year + " " + table + "." + row + "." + column + ": expected " + cell.sum + " ("
                            + cell.blanks + " blank), got " + value + " (" + blanks.get(row).get(column) + " blank)");
                }
            }));
        }
        assertThat(wrong).isEmpty();
    }

    private List<JsonNode> reportsOf(int year, Predicate<String> kind) {
        return bodies.entrySet().stream().filter(body -> kind.test(body.getValue()))
                .map(body -> readBack.get(body.getKey() + "/" + year)).filter(java.util.Objects::nonNull).toList();
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** One cell over the reports: the sum of the printed numbers (null while none), and the blanks. */
    private static final class Expected {
        BigDecimal sum;
        int blanks;

        void add(JsonNode value) {
            if (value.isNull()) {
                blanks++;
            } else {
                sum = sum == null ? value.decimalValue() : sum.add(value.decimalValue());
            }
        }
    }

    private JsonNode json(String uri) {
        byte[] body = web.get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult()
                .getResponseBody();
        return ContractJson.MAPPER.readTree(body);
    }
}
