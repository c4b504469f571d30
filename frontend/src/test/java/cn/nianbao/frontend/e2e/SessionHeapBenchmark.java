package cn.nianbao.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import cn.nianbao.frontend.NianbaoFrontend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The heap a signed-in dashboard session costs (issue 15: goal ≤ 1 MB each with 100 open). Not a test: it runs only
 * with {@code -Dnianbao.bench=sessions} (and {@code -Dnianbao.bench.sessions=N}, 100 by default), prints its figures
 * and writes them to {@code target/session-heap.txt}.
 *
 * <p>The dashboard runs in this JVM against the real backend with the demo data. Chromium signs in as the
 * supervisor N times, each time as a new visitor, and waits for 总览 with its four charts: a new HTTP session with its
 * open UI. Before the next visitor it forgets its cookies and leaves the page, so the page's closing message reaches
 * no session and every UI stays open on the server, as for N supervisors with the page still on screen. The heap is
 * measured after three full collections before the first and after the last visitor. The heartbeat is lengthened for
 * the run only, so that the first sessions' UIs are still open when the last one signs in (Vaadin closes a UI after
 * three missed heartbeats); what a session holds does not change with it.
 */
@SpringBootTest(classes = NianbaoFrontend.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.heartbeat-interval=3600")
@EnabledIfSystemProperty(named = "nianbao.bench", matches = "sessions")
class SessionHeapBenchmark {

    private static final int SESSIONS = Integer.getInteger("nianbao.bench.sessions", 100);
    private static final int CHARTS_ON_THE_OVERVIEW = 4;

    private static RealBackend backend;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void startBackend(DynamicPropertyRegistry registry) throws Exception {
        backend = RealBackend.start("768m");
        registry.add("nianbao.backend.url", backend::url);
    }

    @AfterAll
    static void stopBackend() throws Exception {
        backend.stopAndForget();
    }

    @Test
    void heapPerOpenDashboardSession() throws Exception {
        try (Browser browser = new Browser(port)) {
            // one visitor first, so that what every session shares (classes, Vaadin's caches) is not counted
            openTheOverviewAsANewVisitor(browser);
            long before = heapAfterCollections();
            Instant started = Instant.now();
            for (int i = 0; i < SESSIONS; i++) {
                openTheOverviewAsANewVisitor(browser);
            }
            Duration took = Duration.between(started, Instant.now());
            long after = heapAfterCollections();

            double perSession = (after - before) / (double) SESSIONS;
            String figures = String.format(Locale.ROOT,
                    "sessions: %d (each signed in, 总览 with %d charts open)%n"
                            + "heap after GC before: %.1f MB, after: %.1f MB%n"
                            + "heap per session: %.0f KB%n"
                            + "time to open them: %d s%n",
                    SESSIONS, CHARTS_ON_THE_OVERVIEW, before / 1e6, after / 1e6, perSession / 1024, took.toSeconds());
            System.out.print(figures);
            Files.writeString(Files.createDirectories(Path.of("target")).resolve("session-heap.txt"), figures);
            // the sessions were really held: a figure near zero would mean the UIs were closed before measuring
            assertThat(after).isGreaterThan(before);
        }
    }

    private void openTheOverviewAsANewVisitor(Browser browser) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn("supervisor", RealBackend.DEMO_PASSWORD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver ->
                driver.findElements(By.cssSelector(".chart-image")).size() >= CHARTS_ON_THE_OVERVIEW);
        // the next visitor: no cookie, so leaving this page closes nothing on the server
        browser.driver().manage().deleteAllCookies();
        browser.driver().get("about:blank");
    }

    private static long heapAfterCollections() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
