package cn.nianbao.frontend.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.TestData;
import cn.nianbao.frontend.backend.reports.ReportDetail.ReportVersion;
import cn.nianbao.frontend.shell.MainLayout;
import cn.nianbao.frontend.template.MissingTableNotice;
import cn.nianbao.frontend.template.RequestsTable;
import cn.nianbao.frontend.template.TemplateRow;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

@SignedInAs("supervisor")
@ViewPackages(classes = {ReportView.class, cn.nianbao.frontend.overview.OverviewView.class, MainLayout.class})
class ReportViewTest extends DashboardTest {

    private ReportView open(String agency, String year) {
        return navigate("report/" + agency + "/" + year, ReportView.class);
    }

    @Test
    void showsTable3InTheTemplateLayoutWithPrintedZeroBlankAndNumbersApart() {
        open("demo-city.t01", "2023");
        Grid<TemplateRow> grid = $(RequestsTable.class).single().grid();
        GridTester<Grid<TemplateRow>, TemplateRow> table = test(grid);
        // this report prints （六）其他处理 as one row: 23 data rows and 4 group headings
        assertEquals(27, table.size());
        assertEquals("一、本年新收政府信息公开申请数量", table.getRow(0).label());
        assertEquals("三、本年度办理结果", table.getRow(2).label());
        assertTrue(table.getRow(2).heading());
        assertEquals("（三）不予公开", table.getRow(5).label());
        assertEquals("（六）其他处理", table.getRow(24).label());
        assertTrue(!table.getRow(24).heading());
        assertEquals("四、结转下年度继续办理", table.getRow(26).label());

        // 新收 row: 自然人 21, 商业企业 printed blank, 科研机构 printed 0, 总计 21
        assertEquals("21", cellText(table, 0, "natural_person"));
        Component blank = table.getCellComponent(0, "commercial");
        assertTrue(blank.getElement().getClassList().contains("cell-blank"));
        assertEquals("", blank.getElement().getText());
        assertTrue(blank.getElement().getAttribute("title").startsWith("空白"));
        Component zero = table.getCellComponent(0, "research");
        assertTrue(zero.getElement().getClassList().contains("cell-value"));
        assertEquals("0", zero.getElement().getText());
    }

    @Test
    void table3HeaderGroupsTheFiveKindsOfOrganisationsUnderOneHeading() {
        open("demo-city.t01", "2023");
        Grid<TemplateRow> grid = $(RequestsTable.class).single().grid();
        List<HeaderRow> headers = grid.getHeaderRows();
        assertEquals(3, headers.size());
        assertEquals("申请人情况", headers.get(0).getCell(grid.getColumnByKey("natural_person")).getText());
        // a column's own heading is a component that wraps in a narrow column
        HeaderRow.HeaderCell organisations = headers.get(1).getCell(grid.getColumnByKey("commercial"));
        assertEquals("法人或其他组织", organisations.getText());
        assertEquals(organisations, headers.get(1).getCell(grid.getColumnByKey("other")));
        assertEquals("商业企业", headers.get(2).getCell(grid.getColumnByKey("commercial")).getComponent().getElement()
                .getText());
    }

    @Test
    void aTableMissingFromTheReportSaysSoInsteadOfShowingZeros() {
        open("demo-city.t01", "2023");
        List<MissingTableNotice> notices = $(MissingTableNotice.class).all();
        assertEquals(1, notices.size());
        assertEquals("未填报此表：报告中没有“四、政府信息公开行政复议、行政诉讼情况”。", notices.get(0).getText());
    }

    @Test
    void showsMetadataSectionsAndVersionsOfTheReport() {
        open("demo-city.t01", "2023");
        ViewHeader header = $(ViewHeader.class).single();
        assertTrue(header.isDemoShown());
        String metadata = $(ReportMetadata.class).single().getElement().getTextRecursively();
        for (String expected : List.of("示例市东城街道办事处", "2021 年格式（国办公开办函〔2021〕30号）", "第 2 版（人工更正）",
                "2026-11-28 18:00 · clerk", "更正表三第一行", "2023-01-01 — 2023-12-31", "2024-01-20", "2024-01-25",
                "http://www.example.gov.cn/dongcheng/2023nb.html", "电话 0517-12345678")) {
            assertTrue(metadata.contains(expected), () -> "metadata shows " + expected + " in " + metadata);
        }
        List<String> sections = $(Details.class).all().stream()
                .filter(details -> !details.hasClassName("report-findings")).map(Details::getSummaryText).toList();
        assertEquals(List.of("一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"), sections);
        assertEquals(2, test($(VersionHistory.class).single().getChildren()
                .filter(Grid.class::isInstance).map(Grid.class::cast).findFirst().orElseThrow()).size());
    }

    @Test
    void aReportThatDoesNotExistShowsTheBackendsChineseDetail() {
        open("demo-city.t01", "2018");
        String text = $(BackendErrorMessage.class).single().getElement().getTextRecursively();
        assertTrue(text.contains("示例市东城街道办事处没有 2018 年度的年报。"), text);
    }

    @Test
    void withoutParametersThePageAsksForAgencyAndYear() {
        navigate(ReportView.class, Map.of());
        assertTrue($(ReportView.class).single().getElement().getTextRecursively().contains("请选择机关和年度。"));
    }

    /** The number in a cell, whether or not marks stand beside it. */
    private static String cellText(GridTester<Grid<TemplateRow>, TemplateRow> table, int row, String column) {
        com.vaadin.flow.dom.Element cell = table.getCellComponent(row, column).getElement();
        return cell.getClassList().contains("cell-marked") ? cell.getChild(0).getText() : cell.getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVersionReadFromADocumentOffersThatDocumentAsUploaded() throws Exception {
        open("demo-city.t01", "2023");
        GridTester<Grid<ReportVersion>, ReportVersion> versions =
                test((Grid<ReportVersion>) $(Grid.class).withClassName("versions-grid").single());
        assertEquals("", versions.getCellComponent(1, "source").getElement().getTextRecursively(),
                "version 2 was typed in: no document");
        Anchor download = (Anchor) versions.getCellComponent(0, "source");
        assertEquals("东城街道2023年报.txt", download.getText());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        test(download).download(bytes);
        assertEquals(new String(TestData.bytes("documents/dongcheng-2023.txt"), StandardCharsets.UTF_8),
                bytes.toString(StandardCharsets.UTF_8));
        assertTrue(BackendStub.shared().requests().contains("GET /api/reports/demo-city.t01/2023/versions/1/source"));
    }

    @Test
    void theVersionsAreLaidOutByTheOneTableLayout() {
        open("demo-city.t01", "2023");
        Grid<?> versions = $(Grid.class).withClassName("versions-grid").single();
        assertTrue(versions.getColumns().stream().allMatch(column -> column.getWidth().endsWith("rem")),
                "no width in em: header and cells would differ");
    }

    @Test
    void lastYearStandsBesideEveryCellAsTheBackendComparedThem() {
        open("demo-city.t01", "2023");
        assertTrue(yearOnYearMarks().isEmpty(), "not before it is asked for");
        test($(ReportToolbar.class).single().compare()).click();
        GridTester<Grid<TemplateRow>, TemplateRow> table = test($(RequestsTable.class).single().grid());
        // analytics/year-on-year-t01-2023.json: 本年新收 自然人 20 last year, +1
        // the cell's finding (quality/findings.json, finding 11) stays beside last year's number
        assertEquals(List.of("错误", "上年 20", "+1"), marks(table.getCellComponent(0, "natural_person")));
        // 商业企业 is blank this year: last year's number, no change
        assertEquals(List.of("上年 2"), marks(table.getCellComponent(0, "commercial")));
        // 上年结转 自然人 was blank last year, 结转下年度 not printed at all
        assertEquals(List.of("错误", "上年空白"), marks(table.getCellComponent(1, "natural_person")));
        assertEquals(List.of("上年无此项"), marks(table.getCellComponent(table.size() - 1, "total")));
        assertTrue(BackendStub.shared().requests().contains(
                "GET /api/analytics/year-on-year?agency=demo-city.t01&year=2023"));
        test($(ReportToolbar.class).single().compare()).click();
        assertTrue(yearOnYearMarks().isEmpty());
    }

    @Test
    void theFindingsOfTheVersionShownStandOnTheirCellsAndAboveTheTables() {
        open("demo-city.t01", "2023");
        // quality/findings.json: finding 11 (T3_BALANCE, error) on version 2, the version shown
        Details findings = $(Details.class).withClassName("report-findings").single();
        assertEquals("质量检查发现的问题（1 个，未排除；标在相关单元格上）", findings.getSummaryText());
        assertTrue(findings.getElement().getTextRecursively().contains("错误"));
        GridTester<Grid<TemplateRow>, TemplateRow> table = test($(RequestsTable.class).single().grid());
        assertEquals(List.of("错误"), marks(table.getCellComponent(0, "natural_person")));
        assertEquals(List.of(), marks(table.getCellComponent(0, "commercial")));
    }

    private List<Span> yearOnYearMarks() {
        return $(Span.class).withClassName("cell-mark").all().stream()
                .filter(mark -> mark.getClassNames().stream().anyMatch(name -> name.startsWith("mark-previous")
                        || name.equals("mark-up") || name.equals("mark-down") || name.equals("mark-same")))
                .toList();
    }

    @Test
    void theReportStandsInTheTreeWithAStepUpToItsRegion() {
        open("demo-city.t01", "2023");
        Button up = $(Button.class).withClassName("breadcrumb-step").single();
        assertEquals("示例市", up.getText());
        test(up).click();
        assertEquals("", UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        assertEquals("region=demo-city&year=2023", UI.getCurrent().getInternals().getActiveViewLocation()
                .getQueryParameters().getQueryString().replace("year=2023&region=demo-city", "region=demo-city&year=2023"));
    }

    private static List<String> marks(Component cell) {
        return cell.getElement().getChildren().filter(child -> child.getClassList().contains("cell-mark"))
                .map(child -> child.getText()).toList();
    }

    @Test
    void anyTwoVersionsAreComparedSideBySideWithTheChangedCellsMarked() {
        open("demo-city.t01", "2023");
        // by default the version before the active one and the active one
        test($(Button.class).withClassName("versions-compare").single()).click();
        VersionComparison comparison = $(VersionComparison.class).single();
        String text = comparison.getElement().getTextRecursively();
        assertTrue(text.contains("第 1 版与第 2 版有 1 个单元格不同："), text);
        assertTrue(text.contains("发布日期：未注明 → 2024-01-25"), text);
        // the changed cell's two values side by side
        @SuppressWarnings("unchecked")
        Grid<VersionComparison.Change> changes = $(Grid.class).withClassName("compare-changes").single();
        assertEquals(1, test(changes).size());
        assertEquals(new VersionComparison.Change("requests.new_received.natural_person",
                "表三 · 一、本年新收政府信息公开申请数量 · 自然人", "18", "21"), test(changes).getRow(0));
        // the later version in the template's layout, the earlier value on the changed cell only
        RequestsTable later = $(RequestsTable.class).from(comparison).single();
        assertEquals("21第 1 版 18", test(later.grid()).getCellComponent(0, "natural_person").getElement()
                .getTextRecursively());
        assertEquals("0", test(later.grid()).getCellComponent(0, "research").getElement().getTextRecursively());
    }

    @Test
    void aSupervisorMakesAnOlderVersionActiveAgainWithAReason() {
        open("demo-city.t01", "2023");
        @SuppressWarnings("unchecked")
        Grid<ReportVersion> versions = $(Grid.class).withClassName("versions-grid").single();
        // version 1 is the older one; the active version 2 has no button
        assertEquals(0, test(versions).getCellComponent(1, "activate").getChildren().count());
        test((Button) test(versions).getCellComponent(0, "activate")).click();
        com.vaadin.flow.component.dialog.Dialog dialog = $(com.vaadin.flow.component.dialog.Dialog.class)
                .withClassName("activate-dialog").single();
        assertEquals("将第 1 版设为当前版本", dialog.getHeaderTitle());
        Button confirm = $(Button.class).withClassName("activate-confirm").single();
        test(confirm).click();
        com.vaadin.flow.component.textfield.TextArea reason = $(com.vaadin.flow.component.textfield.TextArea.class)
                .withClassName("activate-reason").single();
        assertTrue(reason.isInvalid());
        reason.setValue("更正有误，恢复原件数据");
        test(confirm).click();
        BackendStub.Request sent = BackendStub.shared().received("POST /api/reports/demo-city.t01/2023/versions/1/activate")
                .getLast();
        assertTrue(sent.body().contains("更正有误，恢复原件数据"), sent.body());
    }
}
