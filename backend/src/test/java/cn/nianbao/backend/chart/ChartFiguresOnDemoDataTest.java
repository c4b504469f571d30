package cn.nianbao.backend.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The charts' figures on the demo city against the analytics endpoints: every number a caption states is the number
 * {@code /api/analytics} gives (formatted here independently), the data table under a chart is the series it draws,
 * and the category colours are the same on every chart. Then the API around the charts: exports named in Chinese and
 * audited, ETags that change with the data, a clerk's own body, and hostile parameters answered 4xx in Chinese.
 */
@BackendIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartFiguresOnDemoDataTest {

    @Autowired
    WebTestClient anonymous;
    @Autowired
    ApplicationContext context;

    private WebTestClient web;
    private int year;

    @BeforeAll
    void theDemoCity() {
        DemoCharts.load(context);
        web = client("supervisor");
        year = json("/api/analytics/overview?region=demo").get("year").asInt();
        assertThat(year).isEqualTo(2024);
    }

    @Test
    void theOverviewCaptionStatesTheTileAndTheBodyThatRoseMost() {
        JsonNode tile = tile("requests.new_received.total");
        String caption = caption("overview", "");
        assertThat(caption).startsWith(year + " 年示例市各机构本年新收申请数量合计 " + count(tile.get("value")) + " 件");
        assertThat(caption).contains(changePhrase(tile.get("change_rate")));

        JsonNode riser = null;
        for (JsonNode line : json("/api/analytics/ranking?region=demo&metric=requests.new_received.total&year="
                + year).get("lines")) {
            if (!line.get("change").isNull() && (riser == null
                    || line.get("change").asLong() > riser.get("change").asLong())) {
                riser = line;
            }
        }
        assertThat(riser).isNotNull();
        assertThat(caption).endsWith("增加最多的是" + shortName(riser) + "（+" + count(riser.get("change")) + " 件）");
    }

    @Test
    void theOutcomesCaptionStatesTheDisclosureRateOfTheTileAndTheCasesHandled() {
        JsonNode rate = tile("rate.disclosure");
        long handled = 0;
        for (JsonNode series : json("/api/analytics/series?region=demo&metric=requests.total_processed.total&from="
                + year + "&to=" + year).get("series")) {
            JsonNode point = series.get("points").get(0);
            if (point.get("state").asString().equals("reported")) {
                handled += point.get("value").asLong();
            }
        }
        assertThat(caption("outcomes", "")).isEqualTo(year + " 年示例市各机构办理结果合计 " + count(handled)
                + " 件，公开率 " + percent(rate.get("value")) + "（予以公开和部分公开 " + count(rate.get("numerator"))
                + " 件）" + "，" + pointsPhrase(rate.get("change")));
    }

    @Test
    void theReviewsCaptionStatesReviewsLawsuitsAndTheCorrectionRateOfTheTiles() {
        JsonNode rate = tile("rate.correction");
        assertThat(caption("reviews", "")).startsWith(year + " 年示例市各机构行政复议 "
                + count(tile("reviews.total").get("value")) + " 件、行政诉讼 "
                + count(tile("litigation.total").get("value")) + " 件；纠错率 " + percent(rate.get("value"))
                + "（审结 " + count(rate.get("denominator")) + " 件中纠正 " + count(rate.get("numerator")) + " 件）");
    }

    @Test
    void theApplicantsCaptionStatesTheRequestsReceivedOfTheTile() {
        JsonNode tile = tile("requests.new_received.total");
        assertThat(caption("applicants", "")).startsWith(year + " 年示例市各机构新收申请 "
                + count(tile.get("value")) + " 件，" + changePhrase(tile.get("change_rate")) + "；申请人中最多的是自然人");
    }

    @Test
    void theRankingCaptionNamesTheHighestBodyWithEnoughCasesAsTheRankingEndpointOrdersThem() {
        JsonNode first = null;
        JsonNode firstRanked = null;
        int withNumber = 0;
        for (JsonNode line : json("/api/analytics/ranking?region=demo&metric=rate.disclosure&year=" + year)
                .get("lines")) {
            if (!line.get("rank").isNull()) {
                withNumber++;
                firstRanked = firstRanked == null ? line : firstRanked;
                if (first == null && line.get("current").get("reliable").asBoolean()) {
                    first = line;
                }
            }
        }
        assertThat(first).isNotNull();
        JsonNode data = data("ranking", "&metric=rate.disclosure");
        // on the demo data the first ranked stands on fewer than 10 cases, and the caption says whom it names
        assertThat(firstRanked.get("current").get("reliable").asBoolean()).isFalse();
        assertThat(data.get("caption").asString()).startsWith(year + " 年样本不少于 10 件的机构中，公开率最高的是"
                + shortName(first) + "（"
                + percent(first.get("current").get("value")) + "，n=" + first.get("current").get("denominator").asLong()
                + "）；" + withNumber + " 个机构有数值");
        assertThat(data.get("table").get("rows")).hasSize(Math.min(30, withNumber));
        assertThat(data.get("table").get("rows").get(0).get("cells").get(0).get("value").asInt()).isEqualTo(1);
    }

    @Test
    void theHeatMapTableIsTheSeriesEndpointPointByPoint() {
        JsonNode series = json("/api/analytics/series?region=demo&metric=requests.new_received.total&from=2019&to=2024");
        JsonNode table = data("heatmap", "&from=2019&to=2024&top=60").get("table");
        assertThat(table.get("rows")).hasSize(series.get("series").size());
        int compared = 0;
        for (JsonNode row : table.get("rows")) {
            JsonNode body = null;
            for (JsonNode candidate : series.get("series")) {
                if (candidate.get("agency_code").asString().equals(row.get("key").asString())) {
                    body = candidate;
                }
            }
            assertThat(body).as(row.get("key").asString()).isNotNull();
            for (int i = 0; i < 6; i++) {
                JsonNode cell = row.get("cells").get(i);
                JsonNode point = body.get("points").get(i);
                assertThat(cell.get("state")).isEqualTo(point.get("state"));
                assertThat(cell.get("value")).isEqualTo(point.get("value"));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(26 * 6);
        // the planted missing reports are there as such
        assertThat(table.toString()).contains("missing");
    }

    @Test
    void eachOutcomeAndResultHasOneColourOnEveryChart() {
        String outcomes = svg("outcomes", "");
        String reviews = svg("reviews", "");
        for (String[] category : new String[][] {
                {"requests.granted.total", "46,139,87"}, {"requests.partially_granted.total", "155,203,95"},
                {"requests.denied.total", "214,69,65"}, {"requests.unable.total", "240,160,48"},
                {"requests.not_processed.total", "142,107,191"}, {"requests.other.total", "138,150,163"}}) {
            assertThat(outcomes).as(category[0]).contains("rgb(" + category[1] + ")");
            assertThat(svg("ranking", "&metric=" + category[0])).as("ranking of " + category[0])
                    .contains("rgb(" + category[1] + ")");
        }
        for (String[] result : new String[][] {{"upheld", "59,117,175"}, {"corrected", "228,87,46"},
                {"other", "169,177,186"}, {"pending", "233,196,106"}}) {
            assertThat(reviews).as(result[0]).contains("rgb(" + result[1] + ")");
            assertThat(svg("small-multiples", "&metric=litigation." + result[0])).as("litigation " + result[0])
                    .contains("rgb(" + result[1] + ")");
            assertThat(svg("overview", "&metric=reviews.administrative_review." + result[0])).as("review " + result[0])
                    .contains("rgb(" + result[1] + ")");
        }
    }

    @Test
    void anExportIsAnAttachmentNamedInChineseAndRecordedAsAnExport() {
        String title = data("ranking", "").get("title").asString();
        EntityExchangeResult<byte[]> result = web.get()
                .uri("/api/exports/charts/ranking?region=demo&format=pdf").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/pdf")
                .expectBody(byte[].class).returnResult();
        String disposition = result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment; filename=\"nianbao-ranking-2023-2024.pdf\"; filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("UTF-8''") + 7);
        assertThat(encoded).matches("[A-Za-z0-9%!#$&+.^_`|~-]+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(title + ".pdf");

        JsonNode events = ContractJson.MAPPER.readTree(client("admin").get().uri("/api/audit?action=EXPORT")
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody());
        assertThat(events.toString()).contains("图表“机构排名”PDF：" + title);
        assertThat(events.get(0).get("actor").asString()).isEqualTo("supervisor");
        assertThat(events.get(0).get("agency_code").asString()).isEqualTo("demo");

        // the page's chart is not an export
        web.get().uri("/api/charts/ranking?region=demo").exchange().expectStatus().isOk().expectBody(Void.class);
        JsonNode after = ContractJson.MAPPER.readTree(client("admin").get().uri("/api/audit?action=EXPORT")
                .exchange().expectBody(byte[].class).returnResult().getResponseBody());
        assertThat(after.size()).isEqualTo(events.size());
    }

    @Test
    void thePagesChartIsCachedUntilItsFiguresChange() {
        String uri = "/api/charts/outcomes?region=demo&from=2019&to=2024";
        String etag = web.get().uri(uri).exchange().expectStatus().isOk()
                .expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-cache.*")
                .expectBody().returnResult().getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();
        web.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange().expectStatus().isNotModified()
                .expectBody().isEmpty();
        assertThat(web.get().uri(uri + "&format=png").exchange().expectBody().returnResult().getResponseHeaders()
                .getETag()).isNotEqualTo(etag);

        // 白水镇's missing 2022 report arrives: the figures change, and so does the chart
        DemoCity city = new DemoCity(DemoCity.Spec.DEFAULT);
        AnnualReport earlier = city.reports().stream()
                .filter(report -> report.agencyCode().equals("demo.t07") && report.year() == 2021).findFirst()
                .orElseThrow().report();
        context.getBean(ReportService.class).storeAsSystem("demo.t07", 2022, new NewVersion(new AnnualReport(
                earlier.format(), earlier.agency(), 2022, earlier.signedOn(), earlier.proactive(), earlier.requests(),
                earlier.reviews(), earlier.details()), VersionOrigin.API, "test", null, null)).block();
        web.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange().expectStatus().isOk()
                .expectHeader().value(HttpHeaders.ETAG, changed -> assertThat(changed).isNotEqualTo(etag))
                .expectBody(Void.class);
    }

    @Test
    void aClerkChartsTheirOwnBodyAndNothingElse() {
        WebTestClient clerk = client("clerk");
        JsonNode data = ContractJson.MAPPER.readTree(clerk.get().uri("/api/charts/overview/data?region=demo.t01")
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody());
        assertThat(data.get("caption").asString()).startsWith(year + " 年示例市城关街道办事处本年新收申请数量 ");
        clerk.get().uri("/api/charts/overview?region=demo").exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
        clerk.get().uri("/api/exports/charts/outcomes?region=demo.t02").exchange().expectStatus().isNotFound()
                .expectBody(Void.class);
    }

    static Stream<Arguments> hostileParameters() {
        return Stream.of(
                Arguments.of("/api/charts/pie?region=demo", 404, null),
                Arguments.of("/api/charts/" + "x".repeat(300) + "?region=demo", 404, null),
                Arguments.of("/api/charts/overview/data", 400, "region"),
                Arguments.of("/api/charts/overview?region=" + "d".repeat(65), 400, "region"),
                Arguments.of("/api/charts/overview?region=nowhere", 404, null),
                Arguments.of("/api/charts/overview?region=demo&format=gif", 400, "format"),
                Arguments.of("/api/exports/charts/overview?region=demo&format=docx", 400, "format"),
                Arguments.of("/api/charts/overview?region=demo&from=1999", 400, "from"),
                Arguments.of("/api/charts/overview?region=demo&to=99999999999999999999", 400, "to"),
                Arguments.of("/api/charts/overview?region=demo&from=2024&to=2019", 400, "from"),
                Arguments.of("/api/charts/overview?region=demo&from=2008&to=2999", 400, "to"),
                Arguments.of("/api/charts/ranking?region=demo&year=abc", 400, "year"),
                Arguments.of("/api/charts/ranking?region=demo&top=0", 400, "top"),
                Arguments.of("/api/charts/ranking?region=demo&top=51", 400, "top"),
                Arguments.of("/api/charts/heatmap?region=demo&top=2147483648", 400, "top"),
                Arguments.of("/api/charts/small-multiples?region=demo&top=-1", 400, "top"),
                Arguments.of("/api/charts/overview?region=demo&width=100", 400, "width"),
                Arguments.of("/api/charts/overview?region=demo&width=100000", 400, "width"),
                Arguments.of("/api/charts/overview?region=demo&height=1801", 400, "height"),
                Arguments.of("/api/charts/overview?region=demo&format=png&scale=3", 400, "scale"),
                Arguments.of("/api/charts/overview?region=demo&kind=CITY", 400, "kind"),
                Arguments.of("/api/charts/overview?region=demo&metric=drop%20table", 400, "metric"),
                Arguments.of("/api/charts/overview?region=demo&lines=all", 400, "lines"),
                Arguments.of("/api/charts/applicants?region=demo&layout=pie", 400, "layout"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("hostileParameters")
    void hostileParametersAreRefusedInChinese(String uri, int status, String field) {
        JsonNode problem = ContractJson.MAPPER.readTree(web.get().uri(uri).exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentType("application/problem+json")
                .expectBody(byte[].class).returnResult().getResponseBody());
        assertThat(problem.get("detail").asString()).containsPattern("\\p{IsHan}");
        if (field != null) {
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        }
        if (uri.startsWith("/api/charts/pie")) {
            assertThat(problem.get("detail").asString()).contains("没有图表“pie”").contains("overview（总览趋势）");
        }
    }

    @Test
    void anonymousCallersGetNoChart() {
        anonymous.get().uri("/api/charts/overview?region=demo").exchange().expectStatus().isUnauthorized()
                .expectBody(Void.class);
        anonymous.get().uri("/api/exports/charts/overview?region=demo").exchange().expectStatus().isUnauthorized()
                .expectBody(Void.class);
    }

    private JsonNode tile(String id) {
        for (JsonNode tile : json("/api/analytics/overview?region=demo&year=" + year).get("tiles")) {
            if (tile.get("id").asString().equals(id)) {
                return tile;
            }
        }
        throw new AssertionError("no tile " + id);
    }

    private String caption(String chart, String parameters) {
        return data(chart, parameters).get("caption").asString();
    }

    private JsonNode data(String chart, String parameters) {
        return json("/api/charts/" + chart + "/data?region=demo" + parameters);
    }

    private String svg(String chart, String parameters) {
        return new String(web.get().uri("/api/charts/" + chart + "?region=demo&format=svg" + parameters).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(),
                StandardCharsets.UTF_8);
    }

    private JsonNode json(String uri) {
        return ContractJson.MAPPER.readTree(web.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody());
    }

    private WebTestClient client(String user) {
        return TestUsers.as(anonymous, context, user).mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
                .responseTimeout(Duration.ofSeconds(60)).build();
    }

    /** 示例市东城街道办事处 → 东城街道办事处. */
    private static String shortName(JsonNode line) {
        Matcher name = Pattern.compile("^示例市(.+)$").matcher(line.get("agency_name").asString());
        assertThat(name.matches()).isTrue();
        return name.group(1);
    }

    private static String count(JsonNode number) {
        return count(number.asLong());
    }

    private static String count(long number) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
    }

    private static String percent(JsonNode share) {
        return new BigDecimal(share.asString()).movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    /** 比上年增长 26.5% / 比上年下降 3.0%. */
    private static String changePhrase(JsonNode changeRate) {
        BigDecimal rate = new BigDecimal(changeRate.asString());
        return "比上年" + (rate.signum() > 0 ? "增长 " : "下降 ") + rate.abs().movePointRight(2)
                .setScale(1, RoundingMode.HALF_UP) + "%";
    }

    /** 比上年提高 0.1 个百分点. */
    private static String pointsPhrase(JsonNode change) {
        BigDecimal points = new BigDecimal(change.asString());
        if (points.signum() == 0) {
            return "与上年持平";
        }
        return "比上年" + (points.signum() > 0 ? "提高 " : "降低 ") + points.abs().movePointRight(2)
                .setScale(1, RoundingMode.HALF_UP) + " 个百分点";
    }
}
