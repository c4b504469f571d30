package cn.nianbao.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.nianbao.frontend.NianbaoFrontend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11 end to end, as DashboardInChromiumIT runs the product (the real backend jar with its embedded PostgreSQL and
 * demo data, the dashboard, Debian's Chromium): a ZIP of the real fixture documents (when {@code ../shared/fixtures}
 * exists) and a few hundred generated text reports is dropped on 导入 and followed to the end; importing it again stores
 * nothing; a report of a body the tree does not know waits and is confirmed; a correction becomes a new version with
 * its reason and author, is compared with the one before and rolled back. Screenshots {@code import-*.png}.
 */
@SpringBootTest(classes = NianbaoFrontend.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportInChromiumIT {

    /** Generated reports are for the demo city's bodies, each year they report from 2019 to this one. */
    private static final int YEAR = 2025;
    private static final int FIRST_YEAR = 2019;
    private static final String UNKNOWN = "示例市不存在街道办事处";
    private static final String UNKNOWN_FILE = "unknown/unknown_" + YEAR + ".txt";
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(10);

    private static RealBackend backend;
    private static Path archive;
    private static int files;
    private static int generated;
    /** The body the unknown report is confirmed for (its {@value #YEAR} report is not generated) and then corrected. */
    private static String correctedBody;
    private static String correctedName;

    @LocalServerPort
    int port;

    private Browser browser;

    @DynamicPropertySource
    static void startBackend(DynamicPropertyRegistry registry) throws Exception {
        backend = RealBackend.start("768m");
        registry.add("nianbao.backend.url", backend::url);
    }

    @AfterAll
    static void stopBackendAndForgetItsData() throws Exception {
        backend.stopAndForget();
    }

    @BeforeEach
    void openChromium() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(10)
    void aZipOfRealAndGeneratedReportsImportsWithLiveProgress() throws Exception {
        // a few hundred reports: the demo city's 27 bodies over the years they report
        archive = archive();
        browser.signIn("admin", "nianbao-demo");
        browser.open("/import");
        Browser.fileInput(browser.waitFor(By.cssSelector("vaadin-upload"))).sendKeys(archive.toString());
        browser.waitForText("开始导入（1 个文件）");
        browser.clickInView(browser.waitFor(By.cssSelector("vaadin-button.import-start")));
        browser.waitFor(By.cssSelector("vaadin-progress-bar.import-progress"));
        // live: the page shows the job while it runs, then its end
        browser.waitForText("正在导入");
        browser.screenshot("import-running");
        waitForDone();
        String text = browser.text();
        assertThat(text).contains("导入完成");
        JsonNode job = latestJob();
        assertThat(job.path("total").asInt()).isEqualTo(files);
        assertThat(generated).isGreaterThanOrEqualTo(150);
        assertThat(count(job, "imported")).isGreaterThanOrEqualTo(generated);
        assertThat(count(job, "needs_confirmation")).isEqualTo(1);
        assertThat(ScreenReaderTexts.english(browser.driver())).as("/import after a job").isEmpty();
        GridGeometry.assertAligned(GridGeometry.measure(browser.driver(),
                browser.waitFor(By.cssSelector(".import-items")), "导入 文件列表"));
        browser.screenshot("import-done");
    }

    @Test
    @Order(20)
    void theBodyTheTreeDoesNotKnowWaitsAndIsConfirmed() throws Exception {
        browser.signIn("admin", "nianbao-demo");
        browser.open("/import/" + latestJob().path("id").asString());
        browser.waitForText("导入完成");
        // the first file that waits is open; the filter finds it among the others too
        browser.waitFor(By.cssSelector(".import-confirm .requests-table"));
        WebElement filter = browser.waitFor(By.cssSelector("vaadin-select.import-filter vaadin-select-value-button"));
        browser.scrollTo(filter);
        filter.click();
        browser.clickInView(browser.waitFor(By.xpath("//vaadin-select-item[contains(., '待确认')]")));
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + UNKNOWN_FILE + "')]"));
        browser.clickInView(browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '待确认')]")));
        browser.waitForText("确认“reports.zip/" + UNKNOWN_FILE + "”的机关和年度");
        GridGeometry.assertAligned(GridGeometry.measure(browser.driver(),
                browser.waitFor(By.cssSelector(".import-confirm .requests-table")), "待确认 表三"));
        WebElement agency = browser.waitFor(By.cssSelector("vaadin-combo-box.confirm-agency input"));
        agency.sendKeys(Keys.chord(Keys.CONTROL, "a"), correctedName);
        browser.waitFor(By.cssSelector("vaadin-combo-box-item"));
        agency.sendKeys(Keys.ENTER);
        browser.scrollTo(browser.waitFor(By.cssSelector(".import-confirm")));
        browser.screenshot("import-confirm");
        browser.clickInView(browser.waitFor(By.cssSelector("vaadin-button.confirm-store")));
        browser.waitForText("已保存");
        assertThat(count(latestJob(), "needs_confirmation")).isZero();
        assertThat(api("/api/reports/" + correctedBody + "/" + YEAR).path("version").path("origin").asString())
                .isEqualTo("IMPORT");
    }

    @Test
    @Order(30)
    void importingTheSameZipAgainChangesNothing() throws Exception {
        browser.signIn("admin", "nianbao-demo");
        browser.open("/import");
        Browser.fileInput(browser.waitFor(By.cssSelector("vaadin-upload"))).sendKeys(archive.toString());
        browser.waitForText("开始导入（1 个文件）");
        browser.clickInView(browser.waitFor(By.cssSelector("vaadin-button.import-start")));
        waitForDone();
        JsonNode job = latestJob();
        // nothing new: the same documents are the active versions (the one confirmed may wait again, its printed
        // body being still unknown)
        assertThat(count(job, "imported")).isZero();
        assertThat(count(job, "unchanged") + count(job, "needs_confirmation") + count(job, "failed")).isEqualTo(files);
        assertThat(count(job, "unchanged")).isGreaterThanOrEqualTo(generated);
        browser.screenshot("import-again");
    }

    @Test
    @Order(40)
    void aCorrectionIsANewVersionComparedWithTheOneBeforeAndRolledBack() throws Exception {
        int active = api("/api/reports/" + correctedBody + "/" + YEAR).path("version").path("version_no").asInt();
        browser.signIn("admin", "nianbao-demo");
        String report = "/report/" + correctedBody + "/" + YEAR;
        browser.open(report);
        browser.clickInView(browser.waitFor(By.cssSelector("vaadin-button.report-correct")));
        WebElement cell = browser.waitFor(By.cssSelector(
                "vaadin-text-field[data-path='requests.new_received.natural_person'] input"));
        String before = cell.getDomProperty("value");
        int corrected = (before == null || before.isBlank() ? 0 : Integer.parseInt(before)) + 7;
        cell.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(corrected), Keys.TAB);
        GridGeometry.assertAligned(GridGeometry.measure(browser.driver(),
                browser.waitFor(By.cssSelector(".report-form .requests-table")), "更正 表三"));
        browser.scrollTo(browser.waitFor(By.cssSelector(".report-form .requests-table")));
        browser.screenshot("import-correction-form");
        // the value reaches the server when the field is left (a script's click does not move the focus)
        browser.waitFor(By.cssSelector("vaadin-text-area.entry-reason textarea")).sendKeys("按纸质原件更正新收申请数", Keys.TAB);
        browser.clickInView(browser.waitFor(By.cssSelector("vaadin-button.entry-save")));
        // the dialog over the report page: its title is drawn in the dialog's shadow root
        browser.waitForText("数据质量检查结果");
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('vaadin-dialog').headerTitle")).isEqualTo("已保存为第 " + (active + 1) + " 版");
        browser.screenshot("import-correction-saved");
        browser.clickInView(browser.waitFor(By.cssSelector("vaadin-button.entry-saved-close")));

        JsonNode detail = api("/api/reports/" + correctedBody + "/" + YEAR);
        assertThat(detail.path("version").path("origin").asString()).isEqualTo("MANUAL");
        assertThat(detail.path("version").path("created_by").asString()).isEqualTo("admin");
        assertThat(detail.path("version").path("reason").asString()).isEqualTo("按纸质原件更正新收申请数");
        browser.waitForText("人工更正");
        assertThat(browser.text()).contains("按纸质原件更正新收申请数");

        browser.clickInView(browser.waitFor(By.cssSelector("vaadin-button.versions-compare")));
        browser.waitForText("第 " + active + " 版与第 " + (active + 1) + " 版有 1 个单元格不同");
        assertThat(browser.driver().findElements(By.cssSelector(".mark-changed"))).hasSize(2);
        browser.scrollTo(browser.waitFor(By.cssSelector(".version-comparison")));
        browser.screenshot("import-versions-compared");

        // the versions are listed oldest first: the last button is the version before the correction's
        browser.clickInView(browser.driver().findElements(By.cssSelector("vaadin-button.version-activate")).getLast());
        browser.waitFor(By.cssSelector("vaadin-text-area.activate-reason textarea")).sendKeys("更正有误，恢复导入的版本", Keys.TAB);
        browser.screenshot("import-rollback-dialog");
        browser.clickInView(browser.waitFor(By.cssSelector("vaadin-button.activate-confirm")));
        browser.waitForText("第 " + active + " 版已设为当前版本");
        assertThat(api("/api/reports/" + correctedBody + "/" + YEAR).path("version").path("version_no").asInt())
                .isEqualTo(active);
    }

    private void waitForDone() {
        org.openqa.selenium.support.ui.WebDriverWait wait =
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), IMPORT_TIMEOUT);
        wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("导入完成"));
    }

    /**
     * The fixture documents when {@code ../shared/fixtures} exists (one per report: the PDF where there is one, else
     * the text), text reports made from 石嘴镇's published text (or the test's own copy of 淮安市's) for every body of
     * the demo city and every year it reports from {@value #FIRST_YEAR} to {@value #YEAR}, and one report of a body the
     * tree does not know, in folders of one ZIP.
     */
    private static Path archive() throws IOException {
        Path zip = backend.directory().resolve("reports.zip");
        Path fixtures = Path.of("../../shared/fixtures");
        String template = Files.isRegularFile(fixtures.resolve("shizui-zhen_2023.txt"))
                ? Files.readString(fixtures.resolve("shizui-zhen_2023.txt")) : null;
        String printedName = "磐石市石嘴镇人民政府";
        if (template == null) {
            try (var in = ImportInChromiumIT.class.getResourceAsStream("/documents/huaian-shi_2024.txt")) {
                template = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("2024", "2023");
            }
            printedName = "淮安市人民政府";
        }
        files = 0;
        generated = 0;
        correctedBody = null;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            if (Files.isDirectory(fixtures)) {
                try (var listing = Files.list(fixtures)) {
                    List<Path> documents = listing.filter(p -> p.getFileName().toString().matches("[a-z-]+_\\d{4}\\.(txt|pdf)")
                            && !p.getFileName().toString().startsWith("blank-template")).sorted().toList();
                    for (Path document : documents) {
                        String name = document.getFileName().toString();
                        boolean pdfToo = name.endsWith(".txt")
                                && documents.contains(document.resolveSibling(name.replace(".txt", ".pdf")));
                        if (!pdfToo) {
                            entry(out, "fixtures/" + name, Files.readAllBytes(document));
                        }
                    }
                }
            }
            for (JsonNode body : api("/api/agencies?under=demo")) {
                for (int year = FIRST_YEAR; year <= YEAR; year++) {
                    if (!reports(body, year)) {
                        continue;
                    }
                    if (correctedBody == null && year == YEAR) {
                        // this one comes as the report of an unknown body, confirmed for it
                        correctedBody = body.path("code").asString();
                        correctedName = body.path("name").asString();
                        continue;
                    }
                    entry(out, "generated/" + body.path("code").asString() + "_" + year + ".txt",
                            document(template, printedName, body.path("name").asString(), year));
                    generated++;
                }
            }
            entry(out, UNKNOWN_FILE, document(template, printedName, UNKNOWN, YEAR));
        }
        return zip;
    }

    private static byte[] document(String template, String printedName, String name, int year) {
        return template.replace(printedName, name).replace("2024", String.valueOf(year + 1))
                .replace("2023", String.valueOf(year)).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the body is to report for the year (its reporting periods; none: a grouping node). */
    private static boolean reports(JsonNode body, int year) {
        for (JsonNode period : body.path("reporting_periods")) {
            int last = period.path("last_year").isNull() || period.path("last_year").isMissingNode() ? YEAR
                    : period.path("last_year").asInt();
            if (period.path("first_year").asInt() <= year && year <= last) {
                return true;
            }
        }
        return false;
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
        files++;
    }

    private static long count(JsonNode job, String status) {
        return job.path("items").valueStream().filter(item -> item.path("status").asString().equals(status)).count();
    }

    private static JsonNode latestJob() {
        String id = api("/api/imports?limit=1").get(0).path("id").asString();
        return api("/api/imports/" + id);
    }

    /** The backend's answer for the administrator, to compare the page with. */
    private static JsonNode api(String path) {
        return backend.get("admin", path);
    }
}
