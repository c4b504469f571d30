package cn.nianbao.frontend.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.backend.NewRequests.PointState;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

class BackendClientTest {

    private static BackendClient client(String url, Duration readTimeout) {
        return new BackendClient(WebClient.builder(),
                new BackendProperties(url, Duration.ofSeconds(1), readTimeout, Duration.ofSeconds(5)),
                new FixedCaller("tok-none"), java.time.Clock.systemUTC());
    }

    private final BackendClient stub = SignedInClient.signIn("supervisor").client();

    @Test
    void readsTheAgencyTreeInSnakeCase() {
        List<Agency> agencies = stub.agencies(null);
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
    void keepsTheFourStatesOfAPoint() {
        NewRequests data = stub.newRequests("demo-city", AgencyKind.TOWNSHIP);
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024), data.years());
        assertEquals(PointState.NOT_EXPECTED, data.series().get(11).point(2019).state());
        assertEquals(PointState.BLANK, data.series().get(4).point(2021).state());
        assertEquals(PointState.MISSING, data.series().get(6).point(2022).state());
        NewRequests.SeriesPoint reported = data.series().get(0).point(2019);
        assertEquals(PointState.REPORTED, reported.state());
        assertEquals(12, reported.value());
    }

    @Test
    void keepsPrintedBlankApartFromMissingInAReport() {
        ReportDetail detail = stub.report("demo-city.t01", 2023);
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
    void anErrorAnswerCarriesTheProblemDetail() {
        BackendException error = assertThrows(BackendException.class, () -> stub.report("demo-city.t01", 2018));
        assertEquals(BackendException.Reason.ERROR_ANSWER, error.reason());
        assertEquals(404, error.status());
        assertEquals("未找到年报", error.title());
        assertEquals("示例市东城街道办事处没有 2018 年度的年报。", error.detail());
    }

    @Test
    void noBackendIsUnreachable() {
        String dead = BackendStub.deadUrl();
        BackendException error = assertThrows(BackendException.class,
                () -> client(dead, Duration.ofSeconds(5)).agencies(null));
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
            BackendException error = assertThrows(BackendException.class,
                    () -> client("http://127.0.0.1:" + silent.getLocalPort(), Duration.ofMillis(500)).agencies(null));
            assertEquals(BackendException.Reason.TIMEOUT, error.reason());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4_000);
            accepter.interrupt();
        }
    }
}
