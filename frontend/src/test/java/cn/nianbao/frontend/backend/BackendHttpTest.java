package cn.nianbao.frontend.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.TestData;
import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.backend.agencies.AgencyKind;
import cn.nianbao.frontend.backend.analytics.BodySeries;
import cn.nianbao.frontend.backend.analytics.Metric;
import cn.nianbao.frontend.backend.analytics.MetricKind;
import cn.nianbao.frontend.backend.analytics.Overview;
import cn.nianbao.frontend.backend.analytics.PointState;
import cn.nianbao.frontend.backend.analytics.Ranking;
import cn.nianbao.frontend.backend.analytics.Series;
import cn.nianbao.frontend.backend.reports.AnnualReportData;
import cn.nianbao.frontend.backend.reports.ReportDetail;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

/** The HTTP core and the feature clients against the stub: JSON into records, errors into reasons. */
class BackendHttpTest {

    private static BackendHttp http(String url, Duration readTimeout) {
        return new BackendHttp(WebClient.builder(),
                new BackendProperties(url, Duration.ofSeconds(1), readTimeout, Duration.ofSeconds(5)),
                new FixedCaller("tok-none"), Clock.systemUTC());
    }

    private final SignedInClient supervisor = SignedInClient.signIn("supervisor");

    @Test
    void readsTheAgencyTreeInSnakeCase() {
        List<Agency> agencies = supervisor.agencies().visible();
        assertEquals(14, agencies.size());
        Agency root = agencies.get(0);
        assertEquals("示例市", root.name());
        assertEquals(AgencyKind.PEOPLES_GOVERNMENT, root.kind());
        assertNull(root.parentCode());
        assertTrue(root.demo());
        assertEquals(new Agency.ReportingPeriod(2019, null), root.reportingPeriods().get(0));
        assertEquals(2021, agencies.get(12).reportingPeriods().get(0).firstYear());
    }

    @Test
    void asksForTheSubtreeItShowsNotTheWholeTree() {
        AgencyClient agencies = supervisor.agencies();
        assertEquals("demo-city", agencies.subtree(null, 1).getFirst().code());
        // like the backend, depth 0 is the body alone, and a depth beyond 50 is refused
        assertEquals(List.of("demo-city"), agencies.subtree("demo-city", 0).stream().map(Agency::code).toList());
        assertEquals(400, assertThrows(BackendException.class, () -> agencies.subtree("demo-city", 51)).status());
        List<Agency> city = agencies.subtree("demo-city", 1);
        assertEquals(14, city.size());
        assertEquals(List.of(0, 1), city.stream().map(Agency::depth).distinct().toList());
        assertEquals(List.of("demo-city.t05"), agencies.subtree("demo-city.t05", 2).stream().map(Agency::code)
                .toList());
        assertEquals("GET /api/agencies?under=demo-city.t05&depth=2",
                BackendStub.shared().receivedWith(supervisor.signedIn().token()).getLast().key());
        assertTrue(agencies.find("no-such-body").isEmpty());
    }

    @Test
    void keepsTheFivePointStatesApart() {
        Series data = supervisor.analytics().series("demo-city", Metric.NEW_REQUESTS, null, 2024,
                AgencyKind.TOWNSHIP);
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024), data.years());
        assertEquals(MetricKind.COUNT, data.metric().kind());
        List<BodySeries> series = data.series();
        assertEquals(PointState.NOT_EXPECTED, series.get(11).point(2019).state());
        assertEquals(PointState.BLANK, series.get(4).point(2021).state());
        assertEquals(PointState.MISSING, series.get(6).point(2022).state());
        assertEquals(PointState.TABLE_MISSING, series.get(5).point(2023).state());
        assertNull(series.get(5).point(2023).value());
        assertEquals(PointState.REPORTED, series.get(0).point(2019).state());
        assertEquals(new BigDecimal("12"), series.get(0).point(2019).value());
        assertEquals(PointState.UNKNOWN, series.get(0).point(2010).state(), "a year not sent is not guessed");
    }

    @Test
    void readsTilesAndRanksAsTheBackendComputedThem() {
        Overview overview = supervisor.analytics().overview("demo-city", null, AgencyKind.TOWNSHIP);
        assertEquals(2024, overview.year());
        assertEquals(new BigDecimal("183"), overview.tile("requests.new_received.total").orElseThrow().value());
        assertEquals(new BigDecimal("6"), overview.tile("rate.correction").orElseThrow().denominator());
        assertTrue(overview.tile("rate.correction").orElseThrow().isRate());

        Ranking ranking = supervisor.analytics().ranking("demo-city", "rate.disclosure", 2024, AgencyKind.TOWNSHIP);
        assertEquals(MetricKind.RATE, ranking.metric().kind());
        assertEquals("示例市南湖街道办事处", ranking.lines().getFirst().agencyName());
        assertEquals(new BigDecimal("37"), ranking.lines().getFirst().current().denominator());
    }

    @Test
    void keepsPrintedBlankApartFromMissingInAReport() {
        ReportDetail detail = supervisor.reports().report("demo-city.t01", 2023);
        AnnualReportData report = detail.report();
        assertTrue(report.requests().get("new_received").containsKey("commercial"));
        assertNull(report.requests().get("new_received").get("commercial"));
        assertEquals(0, report.requests().get("new_received").get("research"));
        assertNull(report.reviews(), "表四 is not in this report");
        assertEquals(new BigDecimal("7730.28"), report.proactive().get("fees").get("amount_wan_yuan"));
        assertEquals(2, detail.version().versionNo());
        assertEquals(List.of(false, true), detail.versions().stream().map(ReportDetail.ReportVersion::active).toList());
    }

    @Test
    void downloadsTheOriginalDocumentWithItsNameAndType() {
        Download document = supervisor.reports().source("demo-city.t01", 2023, 1);
        assertEquals("东城街道2023年报.txt", document.fileName());
        assertTrue(document.mediaType().startsWith("text/plain"), document.mediaType());
        assertArrayEquals(TestData.bytes("documents/dongcheng-2023.txt"), document.bytes());
    }

    @Test
    void anErrorAnswerCarriesTheProblemDetail() {
        BackendException error = assertThrows(BackendException.class,
                () -> supervisor.reports().report("demo-city.t01", 2018));
        assertEquals(BackendException.Reason.ERROR_ANSWER, error.reason());
        assertEquals(404, error.status());
        assertEquals("未找到年报", error.title());
        assertEquals("示例市东城街道办事处没有 2018 年度的年报。", error.detail());
    }

    @Test
    void anAnswerLargerThanTheLimitIsNotRead() {
        BackendHttp small = new BackendHttp(WebClient.builder(), new BackendProperties(BackendStub.shared().url(),
                Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(5), DataSize.ofKilobytes(1)),
                supervisor.caller(), Clock.systemUTC());
        BackendException error = assertThrows(BackendException.class, () -> new AgencyClient(small).visible());
        assertEquals(BackendException.Reason.TOO_LARGE, error.reason());
        assertTrue(TestData.bytes("agencies.json").length > 1024, "the tree is larger than the limit");
    }

    @Test
    void noBackendIsUnreachable() {
        String dead = BackendStub.deadUrl();
        BackendException error = assertThrows(BackendException.class,
                () -> new AgencyClient(http(dead, Duration.ofSeconds(5))).visible());
        assertEquals(BackendException.Reason.UNREACHABLE, error.reason());
        assertEquals(dead, error.backendUrl());
    }

    @Test
    void aBackendThatNeverAnswersTimesOut() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread accepter = Thread.ofVirtual().start(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(5_000);
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            });
            long start = System.nanoTime();
            BackendException error = assertThrows(BackendException.class, () -> new AgencyClient(
                    http("http://127.0.0.1:" + silent.getLocalPort(), Duration.ofMillis(500))).visible());
            assertEquals(BackendException.Reason.TIMEOUT, error.reason());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4_000);
            accepter.interrupt();
        }
    }
}
