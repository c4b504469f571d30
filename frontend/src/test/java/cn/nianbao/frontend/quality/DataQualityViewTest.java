package cn.nianbao.frontend.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.backend.quality.Completeness;
import cn.nianbao.frontend.backend.quality.Finding;
import cn.nianbao.frontend.backend.quality.ThresholdRule;
import cn.nianbao.frontend.chart.ChartFigure;
import cn.nianbao.frontend.report.ReportView;
import cn.nianbao.frontend.shell.MainLayout;
import cn.nianbao.frontend.template.RequestsTable;
import cn.nianbao.frontend.template.TemplateRow;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

@SignedInAs("viewer")
@ViewPackages(classes = {DataQualityView.class, ReportView.class, MainLayout.class})
class DataQualityViewTest extends DashboardTest {

    @SuppressWarnings("unchecked")
    private GridTester<Grid<Completeness.BodyRow>, Completeness.BodyRow> matrix() {
        return test((Grid<Completeness.BodyRow>) $(Grid.class).withClassName("completeness-grid").single());
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<Finding>, Finding> findings() {
        return test((Grid<Finding>) $(Grid.class).withClassName("findings-grid").single());
    }

    private static String marks(GridTester<Grid<TemplateRow>, TemplateRow> table, int row, String column) {
        return table.getCellComponent(row, column).getElement().getTextRecursively();
    }

    private void open(String... parameters) {
        java.util.Map<String, String> query = new java.util.HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], parameters[i + 1]);
        }
        UI.getCurrent().navigate(DataQualityView.class, QueryParameters.simple(query));
    }

    @Test
    void everyBodyAndYearShowsTheBackendsStateWithTheRatesAbove() {
        navigate(DataQualityView.class);
        GridTester<Grid<Completeness.BodyRow>, Completeness.BodyRow> matrix = matrix();
        // twelve townships and the 教育局: all bodies under the region, not only townships
        assertEquals(13, matrix.size());
        assertEquals("逾期", matrix.getCellComponent(0, "2022").getElement().getText());
        assertEquals("有警告", matrix.getCellComponent(4, "2021").getElement().getText());
        assertEquals("有错误", matrix.getCellComponent(5, "2023").getElement().getText());
        assertEquals("缺报", matrix.getCellComponent(8, "2024").getElement().getText());
        assertEquals("不需报送", matrix.getCellComponent(11, "2019").getElement().getText());
        assertEquals("无问题", matrix.getCellComponent(1, "2024").getElement().getText());
        // the counts behind a cell in its tooltip
        String tooltip = matrix.getCellComponent(0, "2022").getElement().getAttribute("title");
        assertTrue(tooltip.contains("示例市东城街道办事处 2022 年：逾期") && tooltip.contains("逾期 10 天")
                && tooltip.contains("截止 2023-01-31") && tooltip.contains("待审核 1") && tooltip.contains("点击查看问题"),
                tooltip);
        // completeness-all.json 2024: 12 of 13 reported and on time, 11 of 12 clean
        Grid<Completeness.BodyRow> grid = matrix.getComponent();
        assertEquals(4, grid.getHeaderRows().size());
        assertEquals("92.3%", grid.getHeaderRows().get(1).getCell(grid.getColumnByKey("2024")).getComponent()
                .getElement().getText());
        assertEquals("已报率：12/13", grid.getHeaderRows().get(1).getCell(grid.getColumnByKey("2024")).getComponent()
                .getElement().getAttribute("title"));
        assertEquals("91.7%", grid.getHeaderRows().get(3).getCell(grid.getColumnByKey("2024")).getComponent()
                .getElement().getText());
        assertEquals("quality-history", $(ChartFigure.class).single().data().chart());
        // a viewer runs nothing; the exports have their place in the toolbar
        assertTrue($(Button.class).withClassName("quality-run").all().isEmpty());
        assertEquals(1, $(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class)
                .withClassName("quality-exports").all().size());
    }

    @Test
    void theKindFilterAsksTheBackendForThatKind() {
        open("kind", "TOWNSHIP");
        assertEquals(12, matrix().size());
    }

    @Test
    void aCellWithProblemsOpensItsFindingsAndACleanOneItsReport() {
        navigate(DataQualityView.class);
        test((NativeButton) matrix().getCellComponent(0, "2022")).click();
        String location = UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters();
        assertTrue(location.contains("tab=findings") && location.contains("agency=demo-city.t01")
                && location.contains("from=2022") && location.contains("to=2022"), location);
        assertEquals(1, findings().size());
        assertEquals("LATE_PUBLICATION", findings().getRow(0).code());

        navigate(DataQualityView.class);
        test((NativeButton) matrix().getCellComponent(1, "2024")).click();
        assertEquals("report/demo-city.t02/2024", UI.getCurrent().getActiveViewLocation().getPath());
    }

    @Test
    void theFindingsAreListedAPageAtATimeWithTheirTotalAndAViewerOnlyReads() {
        open("tab", "findings");
        GridTester<Grid<Finding>, Finding> findings = findings();
        assertEquals(4, findings.size());
        assertEquals("共 4 个问题", $(com.vaadin.flow.component.html.Span.class).withClassName("findings-total")
                .single().getText());
        assertEquals("表三收支平衡T3_BALANCE", findings.getCellComponent(0, "rule").getElement().getTextRecursively());
        assertEquals("report/demo-city.t01/2023?finding=11",
                findings.getCellComponent(0, "message").getElement().getAttribute("href"));
        // where the original document printed the cells, one line each
        assertTrue(findings.getCellComponent(0, "message").getElement().getTextRecursively()
                .endsWith("原件第 3 页第 88 行：「一、本年新收政府信息公开申请数量 10 0 0 0 0 0 10」"
                        + "原件第 3 页第 89 行：「二、上年结转政府信息公开申请数量 3 0 0 0 0 0 3」"
                        + "原件第 4 页第 112 行：「（七）总计 9 0 0 0 0 0 9」"
                        + "原件第 4 页第 113 行：「四、结转下年度继续办理 2 0 0 0 0 0 2」"),
                findings.getCellComponent(0, "message").getElement().getTextRecursively());
        // a finding read from no document says nothing of one
        assertFalse(findings.getCellComponent(1, "message").getElement().getTextRecursively().contains("原件"));
        // a missing report has no report to open
        assertEquals(null, findings.getCellComponent(1, "message").getElement().getAttribute("href"));
        assertTrue(findings.getCellComponent(2, "status").getElement().getTextRecursively()
                .contains("已排除supervisor 于 2026-12-01 17:00理由：当年无此类申请"));
        assertEquals(null, findings.getComponent().getColumnByKey("actions"));
        assertTrue(BackendStub.shared().requests().stream().anyMatch(r -> r.startsWith("GET /api/findings?")
                && r.contains("offset=0") && r.contains("limit=")));
    }

    @Test
    void theFiltersAreInTheAddress() {
        open("tab", "findings", "severity", "warning", "from", "2022");
        assertEquals(List.of(14L), findings().getComponent().getGenericDataView().getItems().map(Finding::id).toList());
        open("tab", "findings", "code", "T3_BALANCE", "status", "open");
        assertEquals(1, findings().size());
    }

    @Test
    @SignedInAs("supervisor")
    void dismissingNeedsAReason() {
        open("tab", "findings");
        Button dismiss = (Button) findings().getCellComponent(0, "actions").getChildren()
                .filter(c -> c.getElement().getClassList().contains("review-dismiss")).findFirst().orElseThrow();
        test(dismiss).click();
        ReviewDialog dialog = $(ReviewDialog.class).single();
        Button save = $(Button.class, dialog).withClassName("review-save").single();
        test(save).click();
        TextArea comment = $(TextArea.class, dialog).single();
        assertTrue(comment.isInvalid());
        assertEquals("排除问题时必须说明理由", comment.getErrorMessage());
        assertFalse(BackendStub.shared().requests().contains("POST /api/findings/11/review"));

        test(comment).setValue("已与东城街道核实，数字无误");
        test(save).click();
        assertFalse(dialog.isOpened());
        assertTrue(BackendStub.shared().received("POST /api/findings/11/review").getLast().body()
                .contains("已与东城街道核实"));
    }

    @Test
    void theRulesSayWhatTheyWatch() {
        open("tab", "rules");
        @SuppressWarnings("unchecked")
        GridTester<Grid<ThresholdRule>, ThresholdRule> rules =
                test((Grid<ThresholdRule>) $(Grid.class).withClassName("rules-grid").single());
        assertEquals(1, rules.size());
        assertEquals("公开率 低于 40%", rules.getCellText(0, rules.getComponent().getColumns().indexOf(
                rules.getComponent().getColumnByKey("condition"))));
        assertTrue($(Button.class).withClassName("rule-add").all().isEmpty(), "a viewer adds no rule");
    }

    @Test
    void aFindingIsOutlinedOnItsReport() {
        UI.getCurrent().navigate("report/demo-city.t01/2023", QueryParameters.of("finding", "11"));
        String banner = $(com.vaadin.flow.component.html.Div.class).withClassName("finding-banner").single()
                .getElement().getTextRecursively();
        assertTrue(banner.contains("表三收支平衡（错误）：表三 自然人"), banner);
        assertTrue(banner.contains("原件第 4 页第 113 行：「四、结转下年度继续办理 2 0 0 0 0 0 2」"), banner);
        // the value of the finding's cell on that line is marked: 自然人's 2, not the 总计 2 at the end
        com.vaadin.flow.component.html.Span marked = $(com.vaadin.flow.component.html.Span.class)
                .withClassName("finding-source-value").first();
        assertEquals("2", marked.getText());
        assertEquals("四、结转下年度继续办理 ", marked.getElement().getParent().getChild(
                marked.getElement().getParent().indexOfChild(marked.getElement()) - 1).getText());
        GridTester<Grid<TemplateRow>, TemplateRow> table = test($(RequestsTable.class).single().grid());
        // 新收 and 上年结转 of 自然人 are named by the finding, 商业企业 is not
        assertTrue(marks(table, 0, "natural_person").contains("问题"));
        assertTrue(marks(table, 1, "natural_person").contains("问题"));
        assertFalse(marks(table, 0, "commercial").contains("问题"));
    }
}
