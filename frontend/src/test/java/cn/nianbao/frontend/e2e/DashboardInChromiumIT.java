package cn.nianbao.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.nianbao.frontend.NianbaoFrontend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The product as a user gets it: the real backend jar (embedded PostgreSQL, demo data) in its own process, the
 * dashboard on a random port, and Debian's Chromium looking at the pages. Screenshots go to target/screenshots.
 */
@SpringBootTest(classes = NianbaoFrontend.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardInChromiumIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);

    private static Process backend;
    private static Path backendData;
    private static int backendPort;

    @LocalServerPort
    int port;

    private WebDriver browser;

    @DynamicPropertySource
    static void startBackend(DynamicPropertyRegistry registry) throws Exception {
        Path jar = Path.of(System.getProperty("nianbao.backend.jar", "../backend/target/backend.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the backend jar is missing at " + jar.toAbsolutePath()
                    + ": build the whole project (./test.sh or ./mvnw verify) so that it exists");
        }
        backendPort = freePort();
        backendData = Files.createTempDirectory("nianbao-e2e-");
        backend = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar.toString(), "--server.port=" + backendPort, "--nianbao.database.url=",
                "--nianbao.database.embedded.data-dir=" + backendData.resolve("data"), "--nianbao.demo.enabled=true")
                .redirectErrorStream(true)
                .redirectOutput(backendData.resolve("backend.log").toFile())
                .start();
        waitUntilReady(URI.create("http://127.0.0.1:" + backendPort + "/actuator/health/readiness"));
        registry.add("nianbao.backend.url", () -> "http://127.0.0.1:" + backendPort);
    }

    @AfterAll
    static void stopBackendAndForgetItsData() throws Exception {
        stopBackend();
        try (var files = Files.walk(backendData)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void stopBackend() throws InterruptedException {
        if (backend != null && backend.isAlive()) {
            backend.destroy();
            backend.waitFor();
        }
    }

    @BeforeEach
    void openChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void theOverviewShowsTheDemoCityWithAChineseChart() throws IOException {
        browser.get(url("/"));

        WebElement chart = waitFor(By.cssSelector(".chart-svg"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("总览", "示例数据", "辖区乡镇（街道）");
        assertThat(chart.getAttribute("aria-label")).startsWith("折线图：示例市人民政府各乡镇（街道）本年新收政府信息公开申请数量");
        // text drawn as outlines: the chart shows Chinese without any font on the reader's machine
        assertThat(chart.findElements(By.tagName("path")).size()).isGreaterThan(50);
        assertThat(chart.findElements(By.tagName("text"))).isEmpty();
        screenshot("overview");
    }

    @Test
    @Order(2)
    void aRealReportIsLaidOutLikeTheNationalTemplate() throws IOException {
        browser.get(url("/report/js.huaian.hongze/2023"));

        waitFor(By.tagName("vaadin-grid"));
        waitForText("4119");
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("淮安市洪泽区人民政府", "二、主动公开政府信息情况", "行政处罚", "4119", "7730.28");
        screenshot("report-hongze-2023");
    }

    @Test
    @Order(3)
    void theQualityMatrixShowsThePlantedMissingReports() throws IOException {
        browser.get(url("/quality"));

        waitForText("缺报");
        List<WebElement> missing = browser.findElements(By.xpath("//*[normalize-space(text())='缺报']"));
        assertThat(missing).hasSize(2);
        screenshot("quality");
    }

    @Test
    @Order(4)
    void whenTheBackendIsDownThePageSaysSoInChinese() throws Exception {
        stopBackend();

        browser.get(url("/"));

        waitForText("无法连接后端服务");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception", "at cn.");
        screenshot("backend-down");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, PAGE_TIMEOUT).until(driver -> {
            List<WebElement> found = driver.findElements(locator);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    private void waitForText(String text) {
        new WebDriverWait(browser, PAGE_TIMEOUT)
                .until(driver -> driver.findElement(By.tagName("body")).getText().contains(text));
    }

    private void screenshot(String name) throws IOException {
        Path directory = Path.of(System.getProperty("nianbao.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitUntilReady(URI health) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!backend.isAlive()) {
                throw new IllegalStateException("the backend stopped while starting:\n"
                        + Files.readString(backendData.resolve("backend.log")));
            }
            try {
                if (client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the backend was not ready within 4 minutes");
    }
}
