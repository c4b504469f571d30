package cn.nianbao.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.NianbaoFrontend;
import cn.nianbao.frontend.e2e.GridGeometry.Cell;
import cn.nianbao.frontend.e2e.GridGeometry.Layout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every table of the dashboard in Debian's Chromium, with the stub standing in for the backend: header cells stand
 * over their data cells (within a pixel), numbers are not cut, and the import's tables use the page's width.
 * Screenshots {@code grid-*.png} in target/screenshots.
 */
@SpringBootTest(classes = NianbaoFrontend.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GridLayoutInChromiumIT {

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        registry.add("nianbao.backend.url", () -> BackendStub.shared().url());
    }

    @LocalServerPort
    int port;

    private Browser browser;

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

    /** Measures the grid; found again when the page replaced it meanwhile (the import page re-reads its job). */
    private Layout measured(String selector, String name) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement grid = browser.waitFor(By.cssSelector(selector));
                browser.waitFor(By.cssSelector(selector + " vaadin-grid-cell-content"));
                Layout layout = GridGeometry.measure(browser.driver(), grid, name);
                GridGeometry.assertAligned(layout);
                return layout;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Test
    void theQualityMatrixAndTheRankingLineUp() throws IOException {
        browser.signIn("supervisor", BackendStub.PASSWORD);
        browser.open("/quality");
        browser.waitFor(By.cssSelector(".completeness-grid button.quality-state"));
        Layout quality = measured(".completeness-grid", "数据质量");
        assertThat(quality.rows()).hasSize(13);
        browser.screenshot("grid-quality");
        browser.open("/quality?tab=findings");
        browser.waitForText("共 4 个问题");
        measured(".findings-grid", "数据质量 问题清单");
        browser.screenshot("grid-quality-findings");
        browser.open("/quality?tab=rules");
        measured(".rules-grid", "数据质量 督查规则");

        browser.open("/comparison?year=2019");
        browser.waitForText("不需报送");
        Layout ranking = measured(".ranking-grid", "乡镇对比 2019");
        // the year before 2019 is 不需报送 for every township, never 缺报
        assertThat(ranking.rows()).allSatisfy(row -> assertThat(row.get(3).text()).isEqualTo("不需报送"));
        browser.screenshot("grid-comparison-2019");

        browser.open("/comparison?metric=rate.disclosure");
        browser.waitForText("81.1%");
        measured(".ranking-grid", "乡镇对比 公开率");
        browser.screenshot("grid-comparison-rate");
    }

    @Test
    void theAdministratorsListsLineUp() throws IOException {
        browser.signIn("admin", BackendStub.PASSWORD);
        browser.open("/users");
        browser.waitForText("东城街道填报员");
        measured(".users-grid", "用户管理");
        browser.screenshot("grid-users");

        browser.open("/agencies");
        browser.waitForText("示例市东城街道办事处");
        measured(".agencies-grid", "机构管理");
        browser.screenshot("grid-agencies");

        browser.open("/audit");
        browser.waitForText("登录成功");
        measured(".audit-grid", "审计日志");
        browser.screenshot("grid-audit");
    }

    @Test
    void aReportsTablesAndVersionsLineUp() throws IOException {
        browser.signIn("supervisor", BackendStub.PASSWORD);
        browser.open("/report/demo-city.t01/2023");
        browser.waitForText("东城街道2023年报.txt");
        Layout requests = measured(".requests-table", "年报 表三");
        GridGeometry.assertNoSidewaysScrolling(requests);
        measured(".proactive-article-20-1", "年报 表二");
        Layout versions = measured(".versions-grid", "版本记录");
        assertThat(versions.rows()).hasSize(2);
        browser.scrollTo(browser.waitFor(By.cssSelector(".requests-table")));
        browser.screenshot("grid-report-requests");
        browser.scrollTo(browser.waitFor(By.cssSelector(".version-history")));
        browser.screenshot("grid-versions");
    }

    @Test
    void theRollupWithItsBlankCountsAndTheChartsDataTablesLineUp() throws IOException {
        browser.signIn("supervisor", BackendStub.PASSWORD);
        browser.open("/rollup");
        browser.waitForText("汇总表");
        Layout requests = measured(".requests-table", "汇总表 表三");
        GridGeometry.assertNoSidewaysScrolling(requests);
        measured(".reviews-table", "汇总表 表四");
        measured(".proactive-article-20-8", "汇总表 表二 收费");
        browser.scrollTo(browser.waitFor(By.cssSelector(".requests-table")));
        browser.screenshot("grid-rollup-requests");

        browser.open("/");
        browser.waitFor(By.cssSelector(".chart-reviews .chart-table-toggle"));
        for (WebElement toggle : browser.driver().findElements(By.cssSelector(".chart-table-toggle"))) {
            browser.clickInView(toggle);
        }
        browser.waitFor(By.cssSelector(".chart-reviews .chart-data-grid vaadin-grid-cell-content"));
        for (String chart : List.of("overview", "outcomes", "applicants", "reviews")) {
            measured(".chart-" + chart + " .chart-data-grid", "总览 数据表 " + chart);
        }
        browser.scrollTo(browser.waitFor(By.cssSelector(".chart-reviews .chart-data-grid")));
        browser.screenshot("grid-chart-data-reviews");

        browser.open("/comparison");
        browser.waitFor(By.cssSelector(".chart-small-multiples .chart-table-toggle"));
        for (WebElement toggle : browser.driver().findElements(By.cssSelector(".chart-table-toggle"))) {
            browser.clickInView(toggle);
        }
        Layout ranking = measured(".chart-ranking .chart-data-grid", "乡镇对比 排名数据表");
        assertThat(ranking.rows()).isNotEmpty();
        measured(".chart-heatmap .chart-data-grid", "乡镇对比 热力图数据表");
        browser.scrollTo(browser.waitFor(By.cssSelector(".chart-heatmap .chart-data-grid")));
        browser.screenshot("grid-chart-data-heatmap");
    }

    @Test
    void aReportComparedWithLastYearKeepsItsColumns() throws IOException {
        browser.signIn("supervisor", BackendStub.PASSWORD);
        browser.open("/report/demo-city.t01/2023");
        browser.clickInView(browser.waitFor(By.cssSelector(".compare-toggle")));
        browser.waitFor(By.cssSelector(".mark-previous"));
        Layout requests = measured(".requests-table", "年报 与上年对比 表三");
        GridGeometry.assertNoSidewaysScrolling(requests);
        measured(".proactive-article-20-1", "年报 与上年对比 表二");
        browser.scrollTo(browser.waitFor(By.cssSelector(".requests-table")));
        browser.screenshot("grid-report-compared");
    }

    @Test
    void anImportedDocumentsTablesUseThePagesWidthAndKeepTheirNumbersWhole() throws IOException, URISyntaxException {
        browser.signIn("supervisor", BackendStub.PASSWORD);
        browser.open("/import");
        browser.waitFor(By.cssSelector("vaadin-checkbox.check-only input")).click();
        WebElement upload = browser.waitFor(By.cssSelector("vaadin-upload"));
        Path document = Path.of(GridLayoutInChromiumIT.class.getResource("/documents/huaian-shi_2024.txt").toURI());
        Browser.fileInput(upload).sendKeys(document.toString());
        browser.waitForText("解析结果：huaian-shi_2024.txt");

        Layout requests = measured(".requests-table", "导入 表三");
        GridGeometry.assertNoSidewaysScrolling(requests);
        // 本年新收 总计 3119, whole (it was cut to "4")
        Cell total = requests.cell("3119");
        assertThat(total.number()).isTrue();
        assertThat(total.clipped()).isFalse();
        assertThat(GridGeometry.under(total, requests.heading("总计"))).as("3119 under 总计").isTrue();
        double resultWidth = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('.import-result').getBoundingClientRect().width")).doubleValue();
        assertThat(requests.width()).as("表三 as wide as the result, not in a narrower box")
                .isGreaterThanOrEqualTo(resultWidth - 2);

        Layout reviews = measured(".reviews-table", "导入 表四");
        GridGeometry.assertNoSidewaysScrolling(reviews);
        // 行政复议 总计 351 stands under 行政复议, not under 行政诉讼
        Cell reviewTotal = reviews.cell("351");
        assertThat(GridGeometry.under(reviewTotal, reviews.heading("行政复议"))).as("351 under 行政复议").isTrue();
        assertThat(GridGeometry.under(reviewTotal, reviews.heading("行政诉讼"))).as("351 not under 行政诉讼").isFalse();
        browser.scrollTo(browser.waitFor(By.cssSelector(".requests-table")));
        browser.screenshot("grid-import-requests");
        browser.scrollTo(browser.waitFor(By.cssSelector(".reviews-table")));
        browser.screenshot("grid-import-reviews");
    }

    @Test
    void anUnknownAddressShowsTheChineseNotFoundPage() throws IOException {
        browser.signIn("supervisor", BackendStub.PASSWORD);
        for (String path : List.of("/no-such-page", "/reports/x/y/z")) {
            browser.open(path);
            browser.waitForText("页面不存在");
            assertThat(browser.text()).doesNotContain("HTTP ERROR", "403", "Whitelabel");
        }
        browser.screenshot("not-found");
    }

    @Test
    void noEnglishReachesAScreenReaderInTheChineseInterface() throws IOException, URISyntaxException {
        browser.signIn("admin", BackendStub.PASSWORD);
        for (String path : List.of("/", "/comparison", "/rollup", "/quality", "/quality?tab=findings",
                "/quality?tab=rules", "/report/demo-city.t01/2023", "/report/demo-city.t01/2023?finding=11", "/users",
                "/agencies", "/audit", "/password")) {
            browser.open(path);
            browser.waitFor(By.cssSelector(".view-header"));
            browser.waitFor(By.cssSelector("vaadin-grid-cell-content, .chart-image, .password-view"));
            assertThat(ScreenReaderTexts.english(browser.driver())).as(path).isEmpty();
        }
        browser.open("/import");
        browser.waitFor(By.cssSelector("vaadin-checkbox.check-only input")).click();
        Path document = Path.of(GridLayoutInChromiumIT.class.getResource("/documents/huaian-shi_2024.txt").toURI());
        Browser.fileInput(browser.waitFor(By.cssSelector("vaadin-upload"))).sendKeys(document.toString());
        browser.waitForText("解析结果：huaian-shi_2024.txt");
        assertThat(ScreenReaderTexts.english(browser.driver())).as("/import after an upload").isEmpty();
    }

    @Test
    void anImportJobItsWaitingFileTheEntryFormAndTwoVersionsLineUp() throws IOException {
        browser.signIn("clerk", BackendStub.PASSWORD);
        browser.open("/import");
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("nianbao-import-");
        List<String> paths = new java.util.ArrayList<>();
        for (String name : List.of("a-2023.txt", "unreadable.txt", BackendStub.UNKNOWN_BODY + "2023.txt")) {
            paths.add(java.nio.file.Files.writeString(folder.resolve(name), name).toString());
        }
        Browser.fileInput(browser.waitFor(By.cssSelector("vaadin-upload"))).sendKeys(String.join("\n", paths));
        browser.waitForText("开始导入（3 个文件）");
        browser.clickInView(browser.waitFor(By.cssSelector("vaadin-button.import-start")));
        browser.waitForText("导入完成：已导入 1 份，无变化 0 份，待确认 1 份，失败 1 份。");
        Layout items = measured(".import-items", "导入 文件列表");
        assertThat(items.rows()).hasSize(3);
        assertThat(browser.text()).contains("已导入", "待确认", "失败", "下载失败和待确认文件清单（CSV）");
        assertThat(ScreenReaderTexts.english(browser.driver())).as("/import with a job").isEmpty();
        browser.screenshot("grid-import-job");

        // the file that waits: candidates, year, and the tables as read with the findings on their cells
        browser.clickInView(browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '待确认')]")));
        browser.waitFor(By.cssSelector(".import-confirm .requests-table"));
        Layout preview = measured(".import-confirm .requests-table", "导入 待确认 表三");
        assertThat(preview.rows()).isNotEmpty();
        browser.scrollTo(browser.waitFor(By.cssSelector(".import-confirm")));
        browser.screenshot("grid-import-confirm");
        browser.clickInView(browser.waitFor(By.cssSelector("vaadin-button.confirm-store")));
        browser.waitForText("已保存“" + BackendStub.UNKNOWN_BODY + "2023.txt”");

        // 更正: the form's columns line up like the read-only page's
        browser.open("/report-entry/demo-city.t01/2023");
        browser.waitFor(By.cssSelector(".report-form .requests-table vaadin-text-field"));
        Layout form = measured(".report-form .requests-table", "更正 表三");
        GridGeometry.assertNoSidewaysScrolling(form);
        measured(".report-form .reviews-table", "更正 表四");
        assertThat(ScreenReaderTexts.english(browser.driver())).as("/report-entry").isEmpty();
        browser.scrollTo(browser.waitFor(By.cssSelector(".report-form .requests-table")));
        browser.screenshot("grid-entry-requests");
        browser.scrollTo(browser.waitFor(By.cssSelector(".report-form .reviews-table")));
        browser.screenshot("grid-entry-reviews");
    }

    @Test
    void twoVersionsStandSideBySideWithTheChangedCellMarked() throws IOException {
        browser.signIn("supervisor", BackendStub.PASSWORD);
        browser.open("/report/demo-city.t01/2023");
        browser.clickInView(browser.waitFor(By.cssSelector("vaadin-button.versions-compare")));
        browser.waitForText("第 1 版与第 2 版有 1 个单元格不同");
        Layout changes = measured(".compare-changes", "版本对比 改动");
        assertThat(changes.rows()).hasSize(1);
        assertThat(GridGeometry.under(changes.cell("18"), changes.heading("第1版"))).isTrue();
        assertThat(GridGeometry.under(changes.cell("21"), changes.heading("第2版"))).isTrue();
        Layout later = measured(".compare-later .requests-table", "版本对比 第 2 版 表三");
        GridGeometry.assertNoSidewaysScrolling(later);
        assertThat(later.cell("21第1版18").clipped()).isFalse();
        assertThat(browser.driver().findElements(By.cssSelector(".mark-changed"))).hasSize(2);
        assertThat(ScreenReaderTexts.english(browser.driver())).as("version comparison").isEmpty();
        browser.scrollTo(browser.waitFor(By.cssSelector(".version-comparison")));
        browser.screenshot("grid-versions-compared");
    }
}
