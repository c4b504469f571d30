package cn.nianbao.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import cn.nianbao.frontend.NianbaoFrontend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The product as a user gets it: the real backend jar (embedded PostgreSQL, demo profile: demo data and one user per
 * role, password nianbao-demo) in its own process, the dashboard on a random port, and Debian's Chromium signing in
 * on the login page and looking at the pages. Screenshots go to target/screenshots.
 */
@SpringBootTest(classes = NianbaoFrontend.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardInChromiumIT {

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);

    private static RealBackend backend;
    /** The one-time password the administrator's new user got (test 9), for that user's first sign-in (test 10). */
    private static String newUsersPassword;

    @LocalServerPort
    int port;

    private WebDriver browser;

    @DynamicPropertySource
    static void startBackend(DynamicPropertyRegistry registry) throws Exception {
        backend = RealBackend.start("512m");
        registry.add("nianbao.backend.url", backend::url);
    }

    @AfterAll
    static void stopBackendAndForgetItsData() throws Exception {
        backend.stopAndForget();
    }

    @BeforeEach
    void openChromium() {
        browser = HeadlessChromium.start("--lang=zh-CN");
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(10)
    void aWrongPasswordIsRefusedInChinese() throws IOException {
        browser.get(url("/"));
        // not signed in: every address leads to the login page
        waitFor(By.tagName("vaadin-login-form"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(text()).contains("年报通", "政府信息公开工作年度报告分析", "用户名", "密码");
        screenshot("login");

        typeCredentials("supervisor", "wrong-password");
        waitForText("用户名或密码错误");
        assertThat(browser.getCurrentUrl()).contains("/login?error");
        screenshot("login-wrong-password");
    }

    @Test
    @Order(20)
    void theOverviewShowsTheDemoCityWithAChineseChart() throws IOException {
        signIn("supervisor");

        waitFor(By.cssSelector(".chart-image"));
        assertThat(text()).contains("总览", "示例数据", "示例市督查员", "督查", "退出");
        // the backend's tiles, in its order
        assertThat(browser.findElements(By.cssSelector(".tile"))).hasSize(9);
        assertThat(browser.findElements(By.cssSelector(".tile-bodies-missing, .tile-rate-disclosure"))).hasSize(2);
        // the backend's charts: the indicator's trend, outcomes, applicants, reviews and lawsuits, each with the
        // caption the backend wrote for it
        List<WebElement> images = waitForCount(By.cssSelector(".chart-image"), 4);
        JsonNode outcomes = api("supervisor", "/api/charts/outcomes/data?region=demo&kind=TOWNSHIP&from=2019&to=2024");
        assertThat(images.get(1).getDomAttribute("alt")).isEqualTo(outcomes.get("title").asString() + "。"
                + outcomes.get("caption").asString());
        // the picture itself came from the backend through the page
        waiting().until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].naturalWidth", images.get(1))).intValue() > 500);
        assertThat(menu()).containsExactly("总览", "乡镇对比", "汇总表", "数据质量", "年报", "导入", "审计日志", "修改密码");
        assertThat(ScreenReaderTexts.english(browser)).as("English for screen readers").isEmpty();
        screenshot("overview");

        // taking the chart away as PNG: the backend's export (recorded in the audit log), fetched with the session
        String href = browser.findElements(By.cssSelector(".chart-download-png")).get(1).getDomAttribute("href");
        Object size = ((JavascriptExecutor) browser).executeAsyncScript(
                "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => arguments[1](b.byteLength))", href);
        assertThat(((Number) size).longValue()).isGreaterThan(10_000L);
    }

    @Test
    @Order(30)
    void theQualityMatrixShowsThePlantedMissingReports() throws IOException {
        signIn("supervisor");
        browser.get(url("/quality"));

        waitFor(By.cssSelector(".completeness-grid button.quality-state"));
        List<WebElement> missing = browser.findElements(By.cssSelector(".completeness-grid .qstate-missing"));
        assertThat(missing).extracting(cell -> cell.getDomAttribute("data-agency") + "/"
                + cell.getDomAttribute("data-year")).containsExactlyInAnyOrder("demo.t07/2022", "demo.d04/2023");
        GridGeometry.assertAligned(GridGeometry.measure(browser, waitFor(By.cssSelector(".completeness-grid")),
                "数据质量"));
        screenshot("quality");
    }

    /** The README's planted problems: body/year → the state the matrix shows. */
    private static final java.util.Map<String, String> PLANTED = java.util.Map.ofEntries(
            java.util.Map.entry("demo.t07/2022", "missing"), java.util.Map.entry("demo.d04/2023", "missing"),
            java.util.Map.entry("demo.t10/2021", "late"), java.util.Map.entry("demo.d05/2023", "late"),
            java.util.Map.entry("demo.t08/2020", "errors"), java.util.Map.entry("demo.t09/2023", "errors"),
            java.util.Map.entry("demo.d07/2022", "errors"), java.util.Map.entry("demo.t11/2022", "errors"),
            java.util.Map.entry("demo.t13/2022", "warnings"), java.util.Map.entry("demo.t12/2024", "warnings"),
            java.util.Map.entry("demo.t06/2023", "warnings"), java.util.Map.entry("demo.t05/2023", "warnings"));

    @Test
    @Order(31)
    void theMatrixShowsEveryPlantedProblemInItsCellAndTheRatesAbove() throws IOException {
        signIn("supervisor");
        for (org.openqa.selenium.Dimension size : List.of(new org.openqa.selenium.Dimension(1366, 768),
                new org.openqa.selenium.Dimension(1920, 1080))) {
            browser.manage().window().setSize(size);
            browser.get(url("/quality"));
            WebElement grid = waitFor(By.cssSelector(".completeness-grid"));
            waitFor(By.cssSelector(".completeness-grid button.quality-state"));
            // every cell that is not clean (or not due) is one of the planted problems, in the state it must have
            java.util.Map<String, String> problems = new java.util.TreeMap<>();
            for (WebElement cell : browser.findElements(By.cssSelector(".completeness-grid button.quality-state"))) {
                String state = cell.getDomAttribute("class").replaceAll(".*qstate-([a-z-]+).*", "$1");
                if (!state.equals("clean")) {
                    problems.put(cell.getDomAttribute("data-agency") + "/" + cell.getDomAttribute("data-year"), state);
                }
            }
            assertThat(problems).isEqualTo(new java.util.TreeMap<>(PLANTED));
            WebElement lateCell = browser.findElement(By.cssSelector(".qstate-late[data-agency='demo.t10']"));
            assertThat(lateCell.getText()).isEqualTo("逾期");
            assertThat(lateCell.getDomAttribute("title")).contains("逾期", "截止 2022-01-31", "点击查看问题");

            // the year's rates are the backend's, above the bodies
            JsonNode completeness = api("supervisor", "/api/quality/completeness?region=demo");
            for (JsonNode rates : completeness.get("rates")) {
                String year = rates.get("year").asString();
                assertThat(browser.findElement(By.cssSelector(".rate-reported[data-year='" + year + "']")).getText())
                        .isEqualTo(percent(rates.get("reported_rate")));
                assertThat(browser.findElement(By.cssSelector(".rate-clean[data-year='" + year + "']")).getText())
                        .isEqualTo(percent(rates.get("clean_rate")));
                assertThat(browser.findElement(By.cssSelector(".rate-on-time[data-year='" + year + "']")).getText())
                        .isEqualTo(percent(rates.get("on_time_rate")));
            }
            // the chart of open findings is the backend's, drawn from the quality history
            WebElement chart = waitFor(By.cssSelector(".chart-quality-history .chart-image"));
            JsonNode history = api("supervisor", "/api/charts/quality-history/data?region=demo");
            assertThat(chart.getDomAttribute("alt")).startsWith(history.get("title").asString());
            GridGeometry.assertAligned(GridGeometry.measure(browser, grid, "完整性矩阵 " + size));
            assertThat(ScreenReaderTexts.english(browser)).as("English for screen readers").isEmpty();
            screenshot("quality-matrix-" + size.getWidth());
            clickInView(chart);
            screenshot("quality-chart-" + size.getWidth());
        }
    }

    @Test
    @Order(32)
    void aFindingOpensTheReportWithItsCellsOutlined() throws IOException {
        signIn("supervisor");
        browser.get(url("/quality"));
        // 柳林镇 2023: 一 + 二 ≠ 三（七）+ 四 — the cell opens that body's findings of the year
        clickInView(waitFor(By.cssSelector(".qstate-errors[data-agency='demo.t09'][data-year='2023']")));
        waiting().until(driver -> driver.getCurrentUrl().contains("tab=findings"));
        assertThat(browser.getCurrentUrl()).contains("agency=demo.t09", "from=2023", "to=2023");
        JsonNode findings = api("supervisor", "/api/findings?region=demo&agency=demo.t09&year=2023");
        waitForText("共 " + findings.size() + " 个问题");
        JsonNode balance = findings.valueStream().filter(finding -> finding.get("code").asString().equals("T3_BALANCE"))
                .findFirst().orElseThrow(() -> new AssertionError("no T3_BALANCE on 柳林镇 2023"));
        waitForText(balance.get("message").asString());
        assertThat(text()).contains("表三", "T3_BALANCE", "错误", "待审核", "第 1 版");
        for (org.openqa.selenium.Dimension size : List.of(new org.openqa.selenium.Dimension(1366, 768),
                new org.openqa.selenium.Dimension(1920, 1080))) {
            browser.manage().window().setSize(size);
            WebElement grid = waitFor(By.cssSelector(".findings-grid"));
            clickInView(waitFor(By.cssSelector(".findings-total")));
            GridGeometry.assertAligned(GridGeometry.measure(browser, grid, "问题清单 " + size));
            screenshot("quality-findings-t09-" + size.getWidth());
        }

        String message = balance.get("message").asString();
        clickInView(waitFor(By.xpath("//a[contains(@class,'finding-link') and normalize-space(.)='" + message + "']")));
        waiting().until(driver -> driver.getCurrentUrl().contains("/report/demo.t09/2023?finding="
                + balance.get("id").asString()));
        WebElement banner = waitFor(By.cssSelector(".finding-banner"));
        assertThat(banner.getText()).contains(message, "相关单元格已用红框标出");
        for (JsonNode cell : balance.get("cells")) {
            WebElement marked = waitFor(By.cssSelector("[data-path='" + cell.asString() + "'] .mark-finding"));
            assertThat(marked.getText()).isEqualTo("问题");
        }
        clickInView(banner);
        screenshot("quality-finding-banner");
        clickInView(waitFor(By.cssSelector(".mark-finding")));
        screenshot("quality-finding-on-report");
    }

    @Test
    @Order(33)
    void dismissingNeedsAReasonAndThenShowsTheReviewerWhileAViewerOnlyReads() throws IOException {
        signIn("viewer");
        browser.get(url("/quality?tab=findings&agency=demo.t13&from=2022&to=2022"));
        waitForText("BLANK_CELL");
        assertThat(text()).contains("您的角色只能查看问题");
        assertThat(browser.findElements(By.cssSelector(".review-dismiss, .quality-run"))).isEmpty();
        screenshot("quality-findings-viewer");
        browser.manage().deleteAllCookies();

        signIn("supervisor");
        browser.get(url("/quality?tab=findings&agency=demo.t13&from=2022&to=2022"));
        waitForText("BLANK_CELL");
        clickInView(waitFor(By.cssSelector(".review-dismiss")));
        waitFor(By.cssSelector("vaadin-dialog-overlay, vaadin-dialog"));
        click(By.cssSelector(".review-save"));
        waitForText("排除问题时必须说明理由");
        screenshot("quality-dismiss-needs-reason");
        WebElement comment = waitFor(By.cssSelector(".review-comment textarea"));
        comment.sendKeys("新华乡当年未设科研机构、社会公益组织申请渠道，空白属实");
        click(By.cssSelector(".review-save"));
        waitForText("已排除");
        JsonNode dismissed = api("supervisor", "/api/findings?region=demo&agency=demo.t13&year=2022&code=BLANK_CELL")
                .get(0);
        assertThat(dismissed.get("status").asString()).isEqualTo("dismissed");
        waitForText(dismissed.get("reviewed_by").asString() + " 于 ");
        assertThat(text()).contains("理由：新华乡当年未设科研机构");
        screenshot("quality-dismissed");

        // dismissed findings do not count: 新华乡 2022 is clean now
        browser.get(url("/quality"));
        assertThat(waitFor(By.cssSelector("[data-agency='demo.t13'][data-year='2022']")).getText()).isEqualTo("无问题");
    }

    @Test
    @Order(34)
    void aSupervisorsRuleFindsItsBodiesAndShowsUpAfterARun() throws IOException {
        signIn("supervisor");
        browser.get(url("/quality?tab=rules"));
        click(By.cssSelector(".rule-add"));
        WebElement name = waitFor(By.cssSelector(".rule-name-field input"));
        name.sendKeys("新收申请较多");
        WebElement metric = waitFor(By.cssSelector(".rule-metric-field input"));
        metric.sendKeys("本年新收申请数量");
        click(By.xpath("//vaadin-combo-box-item[normalize-space(.)='本年新收申请数量']"));
        choose(".rule-comparison-field", "高于");
        waitFor(By.cssSelector(".rule-threshold-field input")).sendKeys("20");
        screenshot("quality-rule-form");
        click(By.cssSelector(".rule-save"));
        waitForText("本年新收申请数量 高于 20 件");
        screenshot("quality-rules");

        click(By.cssSelector(".quality-run"));
        waitForText("正在检查");
        waiting().until(driver -> driver.findElement(By.cssSelector(".run-status")).getText().startsWith("上次检查"));
        JsonNode runs = api("supervisor", "/api/quality/runs?region=demo&limit=1");
        assertThat(runs.get(0).get("status").asString()).isEqualTo("finished");
        assertThat(browser.findElement(By.cssSelector(".run-status")).getText())
                .contains("检查完成", "现有问题 " + runs.get(0).get("findings").asInt() + " 个");

        browser.get(url("/quality?tab=findings&code=THRESHOLD"));
        JsonNode threshold = api("supervisor", "/api/findings?region=demo&code=THRESHOLD&limit=500");
        assertThat(threshold.size()).isPositive();
        waitForText("共 " + threshold.size() + " 个问题");
        waitForText(threshold.get(0).get("message").asString());
        screenshot("quality-threshold-findings");

        // the rule goes again, with its findings
        browser.get(url("/quality?tab=rules"));
        click(By.cssSelector(".rule-delete"));
        click(By.xpath("//vaadin-confirm-dialog-overlay//vaadin-button[normalize-space(.)='删除'] | "
                + "//vaadin-confirm-dialog//vaadin-button[normalize-space(.)='删除']"));
        waitForText("本地区还没有督查规则");
        assertThat(api("supervisor", "/api/findings?region=demo&code=THRESHOLD")).isEmpty();
    }

    @Test
    @Order(40)
    void aTownshipThatReportsFromLaterIsNotMissingTheYearsBefore() throws IOException {
        signIn("supervisor");
        // the demo city reports from 2019: the year before is 不需报送 for everyone, never 缺报
        browser.get(url("/comparison?year=2019"));
        WebElement ranking = waitFor(By.cssSelector(".ranking-grid"));
        waitForText("不需报送");
        GridGeometry.Layout layout = GridGeometry.measure(browser, ranking, "乡镇对比 2019");
        GridGeometry.assertAligned(layout);
        assertThat(layout.rows()).allSatisfy(row -> assertThat(row.get(3).text()).isEqualTo("不需报送"));
        screenshot("comparison-2019");

        // 高新区街道 was founded in 2022: its 2021 is 不需报送
        browser.get(url("/comparison?year=2022"));
        waitFor(By.cssSelector(".ranking-grid"));
        waitForText("高新区街道");
        GridGeometry.Layout founded = GridGeometry.measure(browser, waitFor(By.cssSelector(".ranking-grid")),
                "乡镇对比 2022");
        List<GridGeometry.Cell> gaoxin = founded.rows().stream().filter(row -> row.get(1).text().contains("高新区"))
                .findFirst().orElseThrow();
        assertThat(gaoxin.get(3).text()).isEqualTo("不需报送");
        screenshot("comparison-2022");
    }

    @Test
    @Order(41)
    void theSupervisorWalksFromTheOverviewDownToOneReport() throws IOException {
        signIn("supervisor");

        // the overview of the latest year: every tile is the backend's, a rate on too few cases greyed with its n
        waitForCount(By.cssSelector(".chart-image"), 4);
        assertTiles(api("supervisor", "/api/analytics/overview?region=demo&kind=TOWNSHIP"));
        // the data table under the outcomes chart: the figures the backend drew
        clickInView(browser.findElements(By.cssSelector(".chart-table-toggle")).get(1));
        WebElement table = waitFor(By.cssSelector(".chart-data-grid"));
        JsonNode outcomes = api("supervisor", "/api/charts/outcomes/data?region=demo&kind=TOWNSHIP&from=2019&to=2024");
        GridGeometry.Layout figures = GridGeometry.measure(browser, table, "总览 数据表");
        GridGeometry.assertAligned(figures);
        JsonNode lastYear = outcomes.get("table").get("rows").get(5);
        assertThat(figures.rows().get(5).get(0).text()).isEqualTo(lastYear.get("label").asString());
        assertThat(figures.rows().get(5).get(1).text()).isEqualTo(lastYear.get("cells").get(0).get("value").asString());
        screenshot("walk-1-overview");
        clickInView(browser.findElements(By.cssSelector(".chart-table-toggle")).get(1));

        // another year, picked on the page: the address keeps it and the tiles follow
        choose(".year-picker", "2022 年");
        waiting().until(driver -> driver.getCurrentUrl().contains("year=2022"));
        assertTiles(api("supervisor", "/api/analytics/overview?region=demo&kind=TOWNSHIP&year=2022"));
        screenshot("walk-2-year-2022");

        // another indicator: the trend chart is the backend's chart of 公开率 over the years up to 2022
        choose(".metric-picker", "公开率");
        waiting().until(driver -> driver.getCurrentUrl().contains("metric=rate.disclosure"));
        JsonNode rateTrend = api("supervisor",
                "/api/charts/overview/data?region=demo&kind=TOWNSHIP&from=2019&to=2022&metric=rate.disclosure");
        waiting().until(driver -> (rateTrend.get("title").asString() + "。" + rateTrend.get("caption").asString())
                .equals(driver.findElement(By.cssSelector(".chart-overview .chart-image")).getDomAttribute("alt")));
        screenshot("walk-3-indicator");

        // the comparison, opened from its address: region, year, kind and indicator restored
        browser.get(url("/comparison?region=demo&year=2023&kind=TOWNSHIP&metric=rate.disclosure"));
        WebElement ranking = waitFor(By.cssSelector(".ranking-grid"));
        waitForCount(By.cssSelector(".chart-image"), 3);
        assertThat(waitFor(By.cssSelector("vaadin-select.year-picker")).getText()).contains("2023 年");
        assertThat(waitFor(By.cssSelector("vaadin-select.metric-picker")).getText()).contains("公开率");
        assertThat(waitFor(By.cssSelector("vaadin-select.kind-picker")).getText()).contains("乡镇（街道）");
        JsonNode ranked = api("supervisor",
                "/api/analytics/ranking?region=demo&metric=rate.disclosure&year=2023&kind=TOWNSHIP");
        GridGeometry.Layout lines = GridGeometry.measure(browser, ranking, "乡镇对比 公开率 2023");
        GridGeometry.assertAligned(lines);
        assertThat(lines.rows()).hasSize(ranked.get("lines").size());
        int unreliable = 0;
        for (int i = 0; i < lines.rows().size(); i++) {
            JsonNode line = ranked.get("lines").get(i);
            List<GridGeometry.Cell> row = lines.rows().get(i);
            assertThat(row.get(1).text()).isEqualTo(line.get("agency_name").asString());
            JsonNode current = line.get("current");
            if (current.get("value").isNumber()) {
                // the rate with its sample size, as the backend counted it
                assertThat(row.get(2).text()).isEqualTo(percent(current.get("value")) + "（n="
                        + current.get("denominator").asString() + "）");
            }
            for (JsonNode point : List.of(current, line.get("previous"))) {
                if (point.path("reliable").isBoolean() && !point.get("reliable").asBoolean()) {
                    unreliable++;
                }
            }
        }
        // the sample-size guard: every rate the backend marks unreliable is greyed, and no other
        assertThat(unreliable).as("the demo city has rates on too few cases").isPositive();
        assertThat(ranking.findElements(By.cssSelector(".rate-unreliable"))).hasSize(unreliable);
        JsonNode rankingChart = api("supervisor",
                "/api/charts/ranking/data?region=demo&kind=TOWNSHIP&from=2019&to=2023&year=2023&metric=rate.disclosure");
        assertThat(waitFor(By.cssSelector(".chart-ranking .chart-image")).getDomAttribute("alt"))
                .isEqualTo(rankingChart.get("title").asString() + "。" + rankingChart.get("caption").asString());
        screenshot("walk-4-comparison");
        browser.get(url("/comparison?region=demo&year=2023&kind=TOWNSHIP&metric=rate.disclosure"));
        ranking = waitFor(By.cssSelector(".ranking-grid"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", ranking);
        screenshot("walk-4-comparison-table");

        // a click on the first township opens its report of the year
        JsonNode first = ranked.get("lines").get(0);
        String code = first.get("agency_code").asString();
        clickInView(ranking.findElements(By.cssSelector(".body-link")).getFirst());
        waiting().until(driver -> driver.getCurrentUrl().endsWith("/report/" + code + "/2023"));
        waitFor(By.cssSelector(".requests-table"));
        JsonNode report = api("supervisor", "/api/reports/" + code + "/2023").get("report");
        assertThat(text()).contains(first.get("agency_name").asString() + " 2023 年政府信息公开工作年度报告");
        assertThat(cellText("requests.new_received.total"))
                .isEqualTo(report.get("requests").get("new_received").get("total").asString());
        assertThat(cellText("reviews.administrative_review.total"))
                .isEqualTo(report.get("reviews").get("administrative_review").get("total").asString());
        screenshot("walk-5-report");

        // last year beside every cell, as the backend compared them
        click(By.cssSelector(".compare-toggle"));
        waitFor(By.cssSelector(".mark-previous"));
        JsonNode yearOnYear = api("supervisor", "/api/analytics/year-on-year?agency=" + code + "&year=2023");
        WebElement received = browser.findElement(By.cssSelector("[data-path='requests.new_received.total']"));
        assertThat(received.findElement(By.cssSelector(".mark-previous")).getText()).isEqualTo("上年 "
                + yearOnYear.get("previous").get("requests").get("new_received").get("total").asString());
        long change = yearOnYear.get("change").get("requests").get("new_received").get("total").asLong();
        assertThat(received.getText()).contains(change == 0 ? "持平" : (change > 0 ? "+" : "−") + Math.abs(change));
        GridGeometry.assertAligned(GridGeometry.measure(browser, waitFor(By.cssSelector(".requests-table")),
                "年报 与上年对比"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                waitFor(By.cssSelector(".requests-table")));
        screenshot("walk-6-report-compared");

        // and back up the tree: the city's overview of that year
        click(By.cssSelector(".breadcrumb-step"));
        waiting().until(driver -> driver.getCurrentUrl().contains("region=demo")
                && driver.getCurrentUrl().contains("year=2023"));
        waitForCount(By.cssSelector(".chart-image"), 4);
        assertThat(ScreenReaderTexts.english(browser)).as("English for screen readers").isEmpty();
    }

    @Test
    @Order(42)
    void theRollupAddsUpTheCityInTheNationalLayout() throws IOException {
        signIn("supervisor");
        browser.get(url("/rollup?region=demo&year=2022"));
        WebElement requests = waitFor(By.cssSelector(".requests-table"));
        JsonNode rollup = api("supervisor", "/api/analytics/rollup?region=demo&year=2022");
        for (String bodies : List.of("counted", "expected", "reported", "missing")) {
            assertThat(browser.findElement(By.cssSelector(".tile-rollup-" + bodies + " .tile-value")).getText())
                    .isEqualTo(rollup.get("bodies").get(bodies).asString());
        }
        JsonNode summed = rollup.get("report");
        assertThat(cellText("requests.total_processed.total"))
                .isEqualTo(summed.get("requests").get("total_processed").get("total").asString());
        assertThat(cellText("reviews.litigation_direct.total"))
                .isEqualTo(summed.get("reviews").get("litigation_direct").get("total").asString());
        assertThat(cellText("proactive.licensing.decisions"))
                .isEqualTo(summed.get("proactive").get("licensing").get("decisions").asString());
        // 新华乡 left 科研机构 blank in 2022: the cell says how many bodies left it blank
        int blanks = rollup.get("blank").get("requests").get("new_received").get("research").asInt();
        assertThat(blanks).isPositive();
        assertThat(browser.findElement(By.cssSelector("[data-path='requests.new_received.research'] .mark-blank"))
                .getText()).isEqualTo(blanks + " 空白");
        assertThat(text()).contains(rollup.get("notes").get(0).asString());
        screenshot("rollup-2022");
        for (String grid : List.of(".requests-table", ".reviews-table", ".proactive-article-20-1")) {
            GridGeometry.assertAligned(GridGeometry.measure(browser, waitFor(By.cssSelector(grid)), "汇总表 " + grid));
        }
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", requests);
        screenshot("rollup-2022-requests");
        assertThat(ScreenReaderTexts.english(browser)).as("English for screen readers").isEmpty();
    }

    @Test
    @Order(43)
    void theMeetingPackAndTheRollupFilesDownloadFromThePages() throws IOException {
        signIn("supervisor");
        browser.get(url("/rollup?region=demo&year=2024"));
        waitFor(By.cssSelector(".requests-table"));
        // the roll-up's workbook, fetched with the session through the page: an XLSX (a zip) made by the backend
        assertThat(fetchedBytes(waitFor(By.cssSelector(".export-download-xlsx")).getDomAttribute("href")))
                .isGreaterThan(5_000L);

        browser.get(url("/?region=demo"));
        waitForCount(By.cssSelector(".chart-image"), 4);
        waitFor(By.cssSelector(".meeting-pack-button")).click();
        WebElement download = waitFor(By.cssSelector(".pack-download"));
        waitForText("图表（每页一张）");
        screenshot("meeting-pack-dialog");
        assertThat(ScreenReaderTexts.english(browser)).as("English for screen readers").isEmpty();
        // the default pack: six charts, the roll-up and the open findings, as PowerPoint
        assertThat(fetchedBytes(download.getDomAttribute("href"))).isGreaterThan(200_000L);
    }

    /** The size of what the page's link answers, fetched in the page with its session. */
    private long fetchedBytes(String href) {
        Object size = ((JavascriptExecutor) browser).executeAsyncScript(
                "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => arguments[1](b.byteLength))", href);
        return ((Number) size).longValue();
    }

    @Test
    @Order(50)
    void aReportOutsideTheSupervisorsRegionIsNotAvailable() throws IOException {
        signIn("supervisor");
        browser.get(url("/report/js.huaian.hongze/2023"));

        waitForText("不在您的查看范围内");
        assertThat(text()).doesNotContain("4119", "Exception");
        screenshot("report-outside-region");
    }

    @Test
    @Order(60)
    void aRealReportIsLaidOutLikeTheNationalTemplate() throws IOException {
        signIn("admin");
        browser.get(url("/report/js.huaian.hongze/2023"));

        waitFor(By.tagName("vaadin-grid"));
        waitForText("4119");
        assertThat(text()).contains("淮安市洪泽区人民政府", "二、主动公开政府信息情况", "行政处罚", "4119", "7730.28");
        // the original document the active version was read from, one click away
        assertThat(waitFor(By.cssSelector(".report-source")).getText()).startsWith("查看原件：");
        screenshot("report-hongze-2023");
        for (String table : List.of(".requests-table", ".reviews-table", ".versions-grid")) {
            GridGeometry.assertAligned(GridGeometry.measure(browser, waitFor(By.cssSelector(table)), table));
        }
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                waitFor(By.cssSelector(".reviews-table")));
        screenshot("report-hongze-2023-tables");
    }

    @Test
    @Order(70)
    void anImportedDocumentShowsItsTablesWholeAndInLine() throws Exception {
        signIn("supervisor");
        browser.get(url("/import"));
        waitFor(By.cssSelector("vaadin-checkbox.check-only input")).click();
        Path document = Path.of(DashboardInChromiumIT.class.getResource("/documents/huaian-shi_2024.txt").toURI());
        Browser.fileInput(waitFor(By.cssSelector("vaadin-upload"))).sendKeys(document.toString());
        waitForText("解析结果：huaian-shi_2024.txt");
        GridGeometry.Layout requests = GridGeometry.measure(browser, waitFor(By.cssSelector(".requests-table")),
                "导入 表三");
        GridGeometry.assertAligned(requests);
        GridGeometry.assertNoSidewaysScrolling(requests);
        assertThat(GridGeometry.under(requests.cell("3119"), requests.heading("总计"))).isTrue();
        GridGeometry.Layout reviews = GridGeometry.measure(browser, waitFor(By.cssSelector(".reviews-table")),
                "导入 表四");
        GridGeometry.assertAligned(reviews);
        assertThat(GridGeometry.under(reviews.cell("351"), reviews.heading("行政复议"))).isTrue();
        assertThat(ScreenReaderTexts.english(browser)).as("English for screen readers after an upload").isEmpty();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                waitFor(By.cssSelector(".requests-table")));
        screenshot("import-huaian-2024");

        // an address that is no page, signed in: the Chinese not-found page, not the container's English 403
        browser.get(url("/no-such-page"));
        waitForText("页面不存在");
        assertThat(text()).doesNotContain("HTTP ERROR", "403");
        screenshot("not-found");
    }

    @Test
    @Order(80)
    void aClerkSeesOnlyTheirOwnBodysReport() throws IOException {
        signIn("clerk");

        // the clerk's home is their own body's latest report
        waitFor(By.cssSelector(".report-view vaadin-grid"));
        assertThat(browser.getCurrentUrl()).contains("/report/demo.t01/");
        assertThat(text()).contains("示例市城关街道办事处", "城关街道填报员", "填报");
        assertThat(menu()).containsExactly("年报", "导入", "修改密码");
        screenshot("clerk-report");

        // the overview of the city is not theirs: the address leads back to their report
        browser.get(url("/?region=demo"));
        waitFor(By.cssSelector(".report-view vaadin-grid"));
        assertThat(browser.findElements(By.cssSelector(".overview-view"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".chart-image"))).isEmpty();
        assertThat(browser.getCurrentUrl()).contains("/report/demo.t01/");

        browser.get(url("/comparison?region=demo"));
        waitForText("无权访问此页面");
        assertThat(text()).doesNotContain("示例市东城街道办事处", "Exception");
        screenshot("clerk-denied");

        // another body of the city is not available either
        browser.get(url("/report/demo.t02/2023"));
        waitForText("不在您的查看范围内");

        click(By.cssSelector(".logout-button"));
        waitForText("您已安全退出");
        assertThat(browser.getCurrentUrl()).contains("/login?logout");
    }

    @Test
    @Order(90)
    void theAdministratorSeesTheSignInsInTheAuditLog() throws IOException {
        signIn("admin");
        assertThat(menu()).containsExactly("总览", "乡镇对比", "汇总表", "数据质量", "年报", "导入", "用户管理",
                "机构管理", "审计日志", "修改密码");
        browser.get(url("/audit"));

        WebElement grid = waitFor(By.cssSelector(".audit-grid"));
        waitForText("按时间从新到旧排列");
        String log = grid.getText() + text();
        assertThat(log).contains("登录成功", "supervisor", "clerk", "admin", "督查", "填报");
        screenshot("audit");
        // older events are further down the newest-first list: the action filter brings them up, as a user would
        choose(".audit-action", "登录失败");
        click(By.cssSelector(".audit-search"));
        waiting().until(driver -> grid.getText().contains("登录失败") && !grid.getText().contains("登录成功"));
        choose(".audit-action", "导出");
        click(By.cssSelector(".audit-search"));
        waiting().until(driver -> grid.getText().contains("图表“办理结果构成”PNG"));

        browser.get(url("/users"));
        waitFor(By.cssSelector(".users-grid"));
        waitForText("城关街道填报员");
        GridGeometry.assertAligned(GridGeometry.measure(browser, waitFor(By.cssSelector(".users-grid")), "用户管理"));
        screenshot("users");

        // a new clerk for 东城街道: the one-time password is shown once
        click(By.cssSelector(".new-user"));
        WebElement username = waitFor(By.cssSelector(".user-username input"));
        username.sendKeys("dongcheng");
        browser.findElement(By.cssSelector(".user-display-name input")).sendKeys("东城街道填报员");
        WebElement scope = browser.findElement(By.cssSelector(".user-scope-picker input"));
        scope.click();
        scope.sendKeys("东城");
        click(By.xpath("//vaadin-combo-box-item[contains(normalize-space(.), '示例市东城街道办事处')]"));
        screenshot("user-new");
        click(By.cssSelector(".save-user"));
        WebElement password = waitFor(By.cssSelector(".one-time-password input"));
        newUsersPassword = password.getDomProperty("value");
        assertThat(newUsersPassword).hasSize(16);
        assertThat(text()).contains("此密码只显示这一次");
        screenshot("one-time-password");
        click(By.cssSelector(".close-one-time-password"));
        waitForText("待修改初始密码");

        // a county joins the tree, and the audit log records who added it
        browser.get(url("/agencies"));
        waitFor(By.cssSelector(".agencies-grid"));
        waitForText("示例市东城街道办事处");
        GridGeometry.assertAligned(GridGeometry.measure(browser, waitFor(By.cssSelector(".agencies-grid")),
                "机构管理"));
        screenshot("agencies");
        click(By.cssSelector(".new-agency"));
        waitFor(By.cssSelector(".agency-code input")).sendKeys("linyi");
        browser.findElement(By.cssSelector(".agency-name input")).sendKeys("临沂县人民政府");
        screenshot("agency-new");
        click(By.cssSelector(".save-agency"));
        waitForText("机构 临沂县人民政府 已创建");
        browser.get(url("/audit"));
        waitFor(By.cssSelector(".audit-grid"));
        waitForText("临沂县人民政府（linyi）");
        assertThat(text()).contains("新建机构");
    }

    @Test
    @Order(100)
    void aNewUserMustChooseTheirOwnPasswordBeforeAnythingElse() throws IOException {
        assertThat(newUsersPassword).as("created by the administrator before").isNotNull();
        browser.get(url("/login"));
        waitFor(By.tagName("vaadin-login-form"));
        typeCredentials("dongcheng", newUsersPassword);
        waitForText("请先设置自己的新密码");
        assertThat(browser.getCurrentUrl()).endsWith("/password");
        assertThat(menu()).containsExactly("修改密码");
        browser.get(url("/comparison"));
        waitForText("请先设置自己的新密码");
        screenshot("password-required");

        browser.findElement(By.cssSelector(".current-password input")).sendKeys(newUsersPassword);
        browser.findElement(By.cssSelector(".new-password input")).sendKeys("dongcheng");
        browser.findElement(By.cssSelector(".repeat-password input")).sendKeys("dongcheng");
        click(By.cssSelector(".save-password"));
        waitForText("密码至少需要 10 个字符");
        screenshot("password-refused");

        for (String field : List.of(".new-password input", ".repeat-password input")) {
            WebElement input = browser.findElement(By.cssSelector(field));
            input.clear();
            input.sendKeys("Dongcheng-2026!");
        }
        click(By.cssSelector(".save-password"));
        waitFor(By.cssSelector(".report-view"));
        assertThat(menu()).containsExactly("年报", "导入", "修改密码");
        assertThat(text()).contains("东城街道填报员", "示例市东城街道办事处");
    }

    @Test
    @Order(110)
    void aSessionWhoseTokenTheBackendRevokedEndsAtTheLoginPage() throws Exception {
        signIn("viewer");
        waitFor(By.cssSelector(".chart-image"));
        assertThat(menu()).containsExactly("总览", "乡镇对比", "汇总表", "数据质量", "年报", "修改密码");

        // an administrator resets the viewer's password meanwhile: the backend ends the viewer's tokens at once
        backend.post("admin", "/api/users/viewer/password-reset");

        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='乡镇对比']"));
        waitForText("登录已失效，请重新登录");
        assertThat(browser.getCurrentUrl()).contains("/login?expired");
        screenshot("session-ended");
    }

    @Test
    @Order(120)
    void whenTheBackendIsDownThePagesAndTheLoginSaySoInChinese() throws Exception {
        signIn("supervisor");
        waitFor(By.cssSelector(".chart-image"));
        backend.stop();

        browser.get(url("/"));
        waitForText("无法连接后端服务");
        assertThat(text()).doesNotContain("Exception", "at cn.");
        screenshot("backend-down");

        click(By.cssSelector(".logout-button"));
        waitFor(By.tagName("vaadin-login-form"));
        typeCredentials("supervisor", "nianbao-demo");
        waitForText("暂时无法登录");
        assertThat(text()).contains("无法连接后端服务");
        screenshot("login-backend-down");
    }

    /** A GET at the backend as a demo user, straight, for the numbers the page must show. */
    private static JsonNode api(String username, String path) {
        return backend.get(username, path);
    }

    /** Waits until every tile shows the backend's figure; a rate the backend marks unreliable is greyed with its n. */
    private void assertTiles(JsonNode overview) {
        for (JsonNode tile : overview.get("tiles")) {
            String id = tile.get("id").asString();
            By value = By.cssSelector(".tile-" + id.replace('.', '-').replace('_', '-') + " .tile-value");
            String expected = tile.get("value").isNull() ? "—"
                    : "%".equals(tile.get("unit").asString()) ? percent(tile.get("value")) : tile.get("value").asString();
            waiting().until(driver -> expected.equals(driver.findElement(value).getText()));
            if (tile.path("reliable").isBoolean()) {
                boolean greyed = browser.findElement(value).getDomAttribute("class").contains("tile-value-doubtful");
                assertThat(greyed).as(id + " greyed").isEqualTo(!tile.get("reliable").asBoolean());
                assertThat(browser.findElement(By.cssSelector(".tile-" + id.replace('.', '-') + " .tile-note"))
                        .getText()).contains("（n=" + tile.get("denominator").asString() + "）");
            }
        }
    }

    /** A rate of the backend (0…1) as the page prints it: 46.0%. */
    private static String percent(JsonNode rate) {
        return rate.decimalValue().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The number in the template cell at a contract path. */
    private String cellText(String path) {
        return waitFor(By.cssSelector("[data-path='" + path + "'].cell-value, [data-path='" + path + "'] .cell-value"))
                .getText();
    }

    /** Picks an item of a {@code vaadin-select}, as a user does: opens it and clicks the item. */
    private void choose(String selectClass, String item) {
        click(By.cssSelector("vaadin-select" + selectClass));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='" + item + "']"));
    }

    private List<WebElement> waitForCount(By locator, int count) {
        return waiting().until(driver -> {
            List<WebElement> found = driver.findElements(locator);
            return found.size() == count ? found : null;
        });
    }

    /** Signs in through the login page, as a user would. */
    private void signIn(String username) {
        browser.get(url("/login"));
        waitFor(By.tagName("vaadin-login-form"));
        typeCredentials(username, "nianbao-demo");
        waiting().until(driver -> !driver.getCurrentUrl().contains("/login"));
        waitFor(By.cssSelector(".main-layout"));
    }

    private void typeCredentials(String username, String password) {
        WebElement name = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        name.clear();
        name.sendKeys(username);
        WebElement secret = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        secret.clear();
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
    }

    private List<String> menu() {
        waitFor(By.cssSelector("vaadin-side-nav-item"));
        return browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(item -> item.getText().strip()).toList();
    }

    private void click(By locator) {
        WebElement element = waitFor(locator);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Clicks an element, brought into the middle of the view first. */
    private void clickInView(WebElement element) {
        // the charts above load while the page is read and push what is below them down: the click goes to the
        // element itself, wherever it is then
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                element);
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Waits for the page; an element that went stale while the page changed is looked for again. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, PAGE_TIMEOUT);
        // while a page is replaced (a redirect to the login page), the element just found may leave the document:
        // Chromium then says so as a stale element or as an inspector error (both WebDriverExceptions); the next poll
        // reads the new page, and a wait that never succeeds still fails with the last of them
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement waitFor(By locator) {
        return waiting().until(driver -> {
            List<WebElement> found = driver.findElements(locator);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    private void waitForText(String text) {
        waiting()
                .until(driver -> driver.findElement(By.tagName("body")).getText().contains(text));
    }

    private void screenshot(String name) throws IOException {
        Path directory = Path.of(System.getProperty("nianbao.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
