package cn.nianbao.backend.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.contract.RequestRow;
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
 * The analytics endpoints on the demo city 示例市 (154 generated reports, the planted problems of the README). Every
 * number is checked against the reports read back one by one through {@code GET /api/reports/{agency}/{year}}, added
 * up here by the metrics' definitions; the planted problems are checked by name.
 */
@BackendIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsOnDemoDataTest {

    private static final int FIRST = 2019;
    private static final int LAST = 2024;

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
    private final List<NewAgency> bodies = city.agencies().subList(1, city.agencies().size());
    /** Every report under 示例市 as the report API gives it, by "code/year"; absent when there is none. */
    private final Map<String, AnnualReport> readBack = new HashMap<>();

    @BeforeAll
    void theDemoCityReadBackReportByReport() {
        TestDatabase.truncate(dsl);
        city.agencies().forEach(agency -> agencies.addIfAbsent(agency).block());
        Flux.fromIterable(city.reports())
                .concatMap(report -> reports.storeAsSystem(report.agencyCode(), report.year(),
                        new NewVersion(report.report(), VersionOrigin.DEMO, "示例数据", null, null)))
                .blockLast();
        TestUsers.create(context, "admin", Role.ADMIN, null);
        TestUsers.create(context, "supervisor", Role.SUPERVISOR, "demo");
        web = TestUsers.as(web, context, "admin");
        for (NewAgency body : bodies) {
            for (int year = FIRST - 1; year <= LAST; year++) {
                EntityExchangeResult<byte[]> result = web.get().uri("/api/reports/{a}/{y}", body.code(), year)
                        .exchange().expectBody(byte[].class).returnResult();
                if (result.getStatus() == HttpStatus.OK) {
                    readBack.put(body.code() + "/" + year,
                            ContractJson.read(ContractJson.MAPPER.readTree(result.getResponseBody()).get("report")));
                } else {
                    assertThat(result.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
                }
            }
        }
        assertThat(readBack).hasSize(154 - 6); // the city's own body reports too
    }

    @Test
    void everyListedMetricEqualsTheCellsReadOneByOne() {
        List<String> wrong = new ArrayList<>();
        for (Metric metric : MetricCatalogue.all()) {
            JsonNode answer = json("/api/analytics/series?region=demo&metric=" + metric.id() + "&from=" + FIRST
                    + "&to=" + LAST);
            assertThat(answer.get("series")).hasSize(bodies.size());
            for (JsonNode series : answer.get("series")) {
                String code = series.get("agency_code").asString();
                for (JsonNode point : series.get("points")) {
                    int year = point.get("year").asInt();
                    Expected expected = expected(metric, code, year);
                    if (!expected.matches(point)) {
                        wrong.add(metric.id() + " " + code + " " + year + ": expected " + expected + ", got " + point);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void thePlantedProblemsShowAsTheirStates() {
        Map<String, JsonNode> received = byBody(json("/api/analytics/series?region=demo"
                + "&metric=requests.new_received.total&from=2019&to=2024"));
        assertThat(state(received, "demo.t07", 2022)).isEqualTo("missing"); // 白水镇: no report
        assertThat(state(received, "demo.d04", 2023)).isEqualTo("missing"); // 民政局: no report
        for (int year = 2022; year <= 2024; year++) {
            assertThat(state(received, "demo.t15", year)).isEqualTo("not_expected"); // 长岭乡 merged away
        }
        for (int year = 2019; year <= 2021; year++) {
            assertThat(state(received, "demo.t16", year)).isEqualTo("not_expected"); // 高新区街道 founded 2022
        }
        Map<String, JsonNode> research = byBody(json("/api/analytics/series?region=demo"
                + "&metric=requests.new_received.research&from=2022&to=2022"));
        assertThat(state(research, "demo.t13", 2022)).isEqualTo("blank"); // 新华乡 left 科研机构 blank
        assertThat(state(research, "demo.t12", 2022)).isEqualTo("reported");
        Map<String, JsonNode> fees = byBody(json("/api/analytics/series?region=demo"
                + "&metric=proactive.fees.amount_wan_yuan&from=2019&to=2021"));
        // the 2019 trial format has no 表二
        assertThat(state(fees, "demo.t01", 2019)).isEqualTo("table_missing");
        assertThat(state(fees, "demo.t01", 2020)).isEqualTo("table_missing");
        assertThat(state(fees, "demo.t01", 2021)).isEqualTo("reported");
    }

    @Test
    void theOverviewAddsUpWhatTheReportsPrint() {
        for (int year = 2020; year <= LAST; year++) {
            assertOverview(year);
        }
        // the planted problems, by name
        assertThat(tile(2022, "bodies_missing").get("value").asInt()).isEqualTo(1);
        assertThat(tile(2023, "bodies_missing").get("value").asInt()).isEqualTo(1);
        assertThat(tile(2021, "bodies_on_time").get("value").asInt())
                .isEqualTo(tile(2021, "bodies_reported").get("value").asInt() - 1);
        assertThat(tile(2023, "bodies_on_time").get("value").asInt())
                .isEqualTo(tile(2023, "bodies_reported").get("value").asInt() - 1);
    }

    private void assertOverview(int year) {
        JsonNode overview = json("/api/analytics/overview?region=demo&year=" + year);
        Map<String, JsonNode> tiles = new HashMap<>();
        overview.get("tiles").forEach(tile -> tiles.put(tile.get("id").asString(), tile));
        assertThat(overview.get("region").get("demo").asBoolean()).isTrue();
        assertThat(tiles.get("bodies_expected").get("value").asInt()).as("expected %d", year)
                .isEqualTo(count(body -> expectedToReport(body, year)));
        assertThat(tiles.get("bodies_reported").get("value").asInt())
                .isEqualTo(count(body -> report(body, year) != null));
        assertThat(tiles.get("bodies_missing").get("value").asInt())
                .isEqualTo(count(body -> expectedToReport(body, year) && report(body, year) == null));
        assertThat(tiles.get("bodies_on_time").get("value").asInt()).isEqualTo(count(body -> onTime(body, year)));
        assertThat(tiles.get("bodies_reported").get("previous_value").asInt())
                .isEqualTo(count(body -> report(body, year - 1) != null));
        for (String id : List.of("requests.new_received.total", "rate.disclosure", "reviews.total",
                "litigation.total", "rate.correction")) {
            JsonNode tile = tiles.get(id);
            assertTotal(tile, MetricCatalogue.find(tile.get("metric").asString()).orElseThrow(), year);
        }
    }

    @Test
    void theRankingOf2019DoesNotCallTheYearBeforeTheFirstMissing() {
        JsonNode ranking = json("/api/analytics/ranking?region=demo&metric=requests.new_received.total&year=2019"
                + "&kind=TOWNSHIP");
        assertThat(ranking.get("lines")).hasSize(16);
        for (JsonNode line : ranking.get("lines")) {
            assertThat(line.get("previous").get("state").asString()).as(line.get("agency_code").asString())
                    .isEqualTo("not_expected");
            assertThat(line.get("change").isNull()).isTrue();
        }
    }

    @Test
    void theRankingOrdersByValueAndSharesRanksOfEqualValues() {
        JsonNode ranking = json("/api/analytics/ranking?region=demo&metric=requests.new_received.total&year=2022");
        List<JsonNode> lines = new ArrayList<>();
        ranking.get("lines").forEach(lines::add);
        assertThat(lines).hasSize(bodies.size());
        List<BigDecimal> ranked = lines.stream().filter(line -> !line.get("rank").isNull())
                .map(line -> line.get("current").get("value").decimalValue()).toList();
        for (JsonNode line : lines) {
            String code = line.get("agency_code").asString();
            AnnualReport current = report(code, 2022);
            AnnualReport previous = report(code, 2021);
            if (line.get("rank").isNull()) {
                assertThat(line.get("current").get("value").isNull()).as(code).isTrue();
                continue;
            }
            BigDecimal value = line.get("current").get("value").decimalValue();
            long higher = ranked.stream().filter(other -> other.compareTo(value) > 0).count();
            assertThat(line.get("rank").asInt()).as(code).isEqualTo(higher + 1);
            assertThat(value.intValue()).isEqualTo(newReceived(current));
            if (previous != null && newReceived(previous) != null) {
                assertThat(line.get("change").asInt()).isEqualTo(newReceived(current) - newReceived(previous));
            }
        }
        assertThat(ranked).isSortedAccordingTo((a, b) -> b.compareTo(a));
        JsonNode founded = lines.stream().filter(line -> line.get("agency_code").asString().equals("demo.t16"))
                .findFirst().orElseThrow();
        assertThat(founded.get("previous").get("state").asString()).isEqualTo("not_expected");
        JsonNode missing = lines.stream().filter(line -> line.get("agency_code").asString().equals("demo.t07"))
                .findFirst().orElseThrow();
        assertThat(missing.get("current").get("state").asString()).isEqualTo("missing");
        assertThat(lines.getLast().get("rank").isNull()).isTrue();
    }

    @Test
    void aSupervisorSeesTheCityAClerkOnlyTheirBody() {
        TestUsers.create(context, "clerk", Role.CLERK, "demo.t01");
        WebTestClient supervisor = TestUsers.as(web, context, "supervisor");
        supervisor.get().uri("/api/analytics/overview?region=demo&year=2022").exchange().expectStatus().isOk()
                .expectBody(Void.class);
        WebTestClient clerk = TestUsers.as(web, context, "clerk");
        clerk.get().uri("/api/analytics/overview?region=demo&year=2022").exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
        clerk.get().uri("/api/analytics/ranking?region=demo.t01&metric=rate.disclosure&year=2022").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.lines.length()").isEqualTo(1)
                .jsonPath("$.lines[0].agency_code").isEqualTo("demo.t01");
    }

    // ---- the test's own reading of the metrics, from the reports read back ----------------------------------

    /** What a point must say: its state, and its value (and sample) when reported. */
    private record Expected(String state, BigDecimal value, Long numerator, Long denominator) {

        boolean matches(JsonNode point) {
            return state.equals(point.get("state").asString()) && same(value, point.get("value"))
                    && same(numerator == null ? null : BigDecimal.valueOf(numerator), point.get("numerator"))
                    && same(denominator == null ? null : BigDecimal.valueOf(denominator), point.get("denominator"));
        }

        private static boolean same(BigDecimal expected, JsonNode actual) {
            return expected == null ? actual.isNull() : actual.isNumber() && actual.decimalValue().compareTo(expected) == 0;
        }
    }

    private Expected expected(Metric metric, String code, int year) {
        AnnualReport report = report(code, year);
        if (report == null) {
            NewAgency body = bodies.stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
            return new Expected(expectedToReport(body, year) ? "missing" : "not_expected", null, null, null);
        }
        boolean tablePrinted = switch (metric.table()) {
            case PROACTIVE -> report.proactive() != null;
            case REQUESTS -> report.requests() != null;
            case REVIEWS -> report.reviews() != null;
        };
        if (!tablePrinted) {
            return new Expected("table_missing", null, null, null);
        }
        return switch (metric) {
            case CellSum sum -> {
                BigDecimal value = sum(sum, report);
                yield new Expected(value == null ? "blank" : "reported", value, null, null);
            }
            case Ratio ratio -> {
                BigDecimal numerator = sum(ratio.numerator(), report);
                BigDecimal denominator = sum(ratio.denominator(), report);
                if (numerator == null || denominator == null) {
                    yield new Expected("blank", null, numerator == null ? null : numerator.longValue(),
                            denominator == null ? null : denominator.longValue());
                }
                yield new Expected("reported", rate(numerator, denominator), numerator.longValue(),
                        denominator.longValue());
            }
        };
    }

    /** The first layout whose cells are all printed, added up; null when none is. */
    private static BigDecimal sum(CellSum sum, AnnualReport report) {
        for (List<CellPath> layout : sum.layouts()) {
            BigDecimal total = BigDecimal.ZERO;
            for (CellPath cell : layout) {
                Number value = cell.valueIn(report);
                if (value == null) {
                    total = null;
                    break;
                }
                total = total.add(new BigDecimal(value.toString()));
            }
            if (total != null) {
                return total;
            }
        }
        return null;
    }

    private static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, 4, RoundingMode.HALF_UP);
    }

    private void assertTotal(JsonNode tile, Metric metric, int year) {
        BigDecimal value = null;
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        for (NewAgency body : bodies) {
            Expected point = expected(metric, body.code(), year);
            if (!point.state().equals("reported")) {
                continue;
            }
            if (metric instanceof Ratio) {
                numerator = add(numerator, BigDecimal.valueOf(point.numerator()));
                denominator = add(denominator, BigDecimal.valueOf(point.denominator()));
            } else {
                value = add(value, point.value());
            }
        }
        if (metric instanceof Ratio) {
            value = denominator == null ? null : rate(numerator, denominator);
            assertThat(Expected.same(numerator, tile.get("numerator"))).as(tile.toString()).isTrue();
            assertThat(Expected.same(denominator, tile.get("denominator"))).as(tile.toString()).isTrue();
        }
        assertThat(Expected.same(value, tile.get("value"))).as(year + " " + tile).isTrue();
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        return sum == null ? value : sum.add(value);
    }

    private boolean onTime(NewAgency body, int year) {
        AnnualReport report = report(body, year);
        if (report == null || report.details().publishedOn() == null) {
            return false;
        }
        LocalDate deadline = body.kind() == AgencyKind.PEOPLES_GOVERNMENT ? LocalDate.of(year + 1, 3, 31)
                : LocalDate.of(year + 1, 1, 31);
        return !report.details().publishedOn().isAfter(deadline);
    }

    private int count(Predicate<NewAgency> which) {
        return (int) bodies.stream().filter(which).count();
    }

    private static boolean expectedToReport(NewAgency body, int year) {
        return body.reportingPeriods().stream().anyMatch(period -> period.covers(year));
    }

    private AnnualReport report(NewAgency body, int year) {
        return report(body.code(), year);
    }

    private AnnualReport report(String code, int year) {
        return readBack.get(code + "/" + year);
    }

    private static Integer newReceived(AnnualReport report) {
        return report.request(RequestRow.NEW_RECEIVED, ApplicantColumn.TOTAL);
    }

    private JsonNode tile(int year, String id) {
        for (JsonNode tile : json("/api/analytics/overview?region=demo&year=" + year).get("tiles")) {
            if (tile.get("id").asString().equals(id)) {
                return tile;
            }
        }
        throw new AssertionError("no tile " + id);
    }

    private static Map<String, JsonNode> byBody(JsonNode answer) {
        Map<String, JsonNode> byBody = new HashMap<>();
        answer.get("series").forEach(series -> byBody.put(series.get("agency_code").asString(), series));
        return byBody;
    }

    private static String state(Map<String, JsonNode> series, String code, int year) {
        for (JsonNode point : series.get(code).get("points")) {
            if (point.get("year").asInt() == year) {
                return point.get("state").asString();
            }
        }
        throw new AssertionError("no point " + code + " " + year);
    }

    private JsonNode json(String uri) {
        byte[] body = web.get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult()
                .getResponseBody();
        return ContractJson.MAPPER.readTree(body);
    }
}
