package cn.nianbao.frontend.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.backend.analytics.Metric;
import cn.nianbao.frontend.backend.analytics.RankingLine;
import cn.nianbao.frontend.chart.ChartFigure;
import cn.nianbao.frontend.shell.MainLayout;
import cn.nianbao.frontend.ui.MetricPicker;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

@SignedInAs("supervisor")
@ViewPackages(classes = {TownshipComparisonView.class, cn.nianbao.frontend.report.ReportView.class, MainLayout.class})
class TownshipComparisonViewTest extends DashboardTest {

    @SuppressWarnings("unchecked")
    private GridTester<Grid<RankingLine>, RankingLine> ranking() {
        return test((Grid<RankingLine>) $(Grid.class).withClassName("ranking-grid").single());
    }

    private static int row(GridTester<Grid<RankingLine>, RankingLine> grid, String name) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).agencyName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no line for " + name);
    }

    private static String cell(GridTester<Grid<RankingLine>, RankingLine> grid, int row, String column) {
        Component cell = grid.getCellComponent(row, column);
        return cell.getElement().getTextRecursively();
    }

    @Test
    void ranksTheLatestYearAsTheBackendDidAndPutsBodiesWithoutANumberLast() {
        navigate(TownshipComparisonView.class);
        GridTester<Grid<RankingLine>, RankingLine> grid = ranking();
        assertEquals(12, grid.size());
        assertEquals("示例市南湖街道办事处", grid.getRow(0).agencyName());
        assertEquals("1", cell(grid, 0, "rank"));
        assertEquals("37", cell(grid, 0, "current"));
        assertEquals("35", cell(grid, 0, "previous"));
        assertEquals("+2", cell(grid, 0, "change"));
        assertEquals("+5.7%", cell(grid, 0, "change_rate"));
        // 白沙乡 (missing) and 红旗乡 (blank) in 2024: no rank, no change, at the end in tree order
        assertEquals("示例市白沙乡人民政府", grid.getRow(10).agencyName());
        assertNull(grid.getRow(10).rank());
        assertEquals("缺报", cell(grid, 10, "current"));
        assertEquals("示例市红旗乡人民政府", grid.getRow(11).agencyName());
        assertEquals("空白", cell(grid, 11, "current"));
        assertEquals("", cell(grid, 11, "change"));
        // 石嘴镇's 2023 report has no 表三: its year before is 缺表三, not 缺报, and there is no change
        int shizui = row(grid, "示例市石嘴镇人民政府");
        assertEquals("缺表三", cell(grid, shizui, "previous"));
        assertEquals("", cell(grid, shizui, "change"));
    }

    @Test
    void anotherYearRanksThatYearAgainstItsPredecessor() {
        navigate(TownshipComparisonView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> year = $view(Select.class).withClassName("year-picker").single();
        test(year).selectItem("2022 年");
        GridTester<Grid<RankingLine>, RankingLine> grid = ranking();
        assertEquals("示例市南湖街道办事处", grid.getRow(0).agencyName());
        assertEquals("−1", cell(grid, 0, "change")); // 34 → 33
        // 城关镇 was blank in 2021: it ranks in 2022, but has no change; 红旗乡 and 滨江 share rank 3
        int chengguan = row(grid, "示例市城关镇人民政府");
        assertEquals("27", cell(grid, chengguan, "current"));
        assertEquals("空白", cell(grid, chengguan, "previous"));
        assertEquals("", cell(grid, chengguan, "change"));
        assertEquals(3, grid.getRow(row(grid, "示例市红旗乡人民政府")).rank());
        assertEquals(3, grid.getRow(row(grid, "示例市滨江街道办事处")).rank());
    }

    @Test
    void aBodyThatReportsOnlyFromThisYearIsNotMissingTheYearBefore() {
        UI.getCurrent().navigate(TownshipComparisonView.class, QueryParameters.of("year", "2019"));
        GridTester<Grid<RankingLine>, RankingLine> grid = ranking();
        for (int i = 0; i < grid.size(); i++) {
            assertEquals("不需报送", cell(grid, i, "previous"), grid.getRow(i).agencyName());
        }
        int binjiang = row(grid, "示例市滨江街道办事处");
        assertEquals("不需报送", cell(grid, binjiang, "current"), "滨江 reports from 2021");

        UI.getCurrent().navigate(TownshipComparisonView.class, QueryParameters.of("year", "2021"));
        assertEquals("不需报送", cell(ranking(), row(ranking(), "示例市滨江街道办事处"), "previous"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRateShowsItsSampleAndIsGreyedWhereTooFewCasesStandBehindIt() {
        navigate(TownshipComparisonView.class);
        test((Select<Metric>) $view(Select.class).withClassName("metric-picker").single()).selectItem("公开率");
        GridTester<Grid<RankingLine>, RankingLine> grid = ranking();
        assertEquals("示例市南湖街道办事处", grid.getRow(0).agencyName());
        assertEquals("81.1%（n=37）", cell(grid, 0, "current"));
        assertEquals("+3.9", cell(grid, 0, "change"));
        int shizui = row(grid, "示例市石嘴镇人民政府");
        Component small = grid.getCellComponent(shizui, "current");
        assertEquals("50.0%（n=4）", small.getElement().getTextRecursively());
        assertTrue(small.getElement().getClassList().contains("rate-unreliable"));
        assertTrue(small.getElement().getAttribute("title").contains("样本只有 4 件"));
        assertTrue(!grid.getCellComponent(0, "current").getElement().getClassList().contains("rate-unreliable"));
        // 新华街道 handled no request in 2023: printed, but a rate of nothing is not 0%
        int xinhua = row(grid, "示例市新华街道办事处");
        assertEquals("—（n=0）", cell(grid, xinhua, "previous"));
        assertEquals("", cell(grid, xinhua, "change"));
    }

    @Test
    void theRankAndTheNameStayInViewWhenTheTableScrollsSideways() {
        navigate(TownshipComparisonView.class);
        Grid<?> grid = $(Grid.class).withClassName("ranking-grid").single();
        assertEquals(List.of(true, true, false, false, false, false),
                grid.getColumns().stream().map(Grid.Column::isFrozen).toList());
    }

    @Test
    void theBackendsThreeComparisonChartsComeWithTheirCaptions() {
        navigate(TownshipComparisonView.class);
        List<ChartFigure> figures = $(ChartFigure.class).all();
        assertEquals(List.of("ranking", "heatmap", "small-multiples"), figures.stream()
                .map(figure -> figure.getElement().getAttribute("data-chart")).toList());
        // charts/ranking-data.json as the backend answered
        assertEquals("示例市各乡镇（街道）本年新收申请数量排名（2024 年，与上年对比）", figures.getFirst().data().title());
        assertTrue(figures.getFirst().image().getAlt().orElseThrow().endsWith(figures.getFirst().data().caption()));
        List<String> asked = BackendStub.shared().requests();
        assertTrue(asked.stream().anyMatch(request -> request.startsWith("GET /api/charts/ranking/data")
                && request.contains("year=2024") && request.contains("kind=TOWNSHIP")
                && request.contains("metric=requests.new_received.total")), asked.toString());
    }

    @Test
    void aClickOnATownshipOpensItsReportOfTheYear() {
        navigate(TownshipComparisonView.class);
        Button nanhu = (Button) ranking().getCellComponent(0, "agency");
        assertEquals("示例市南湖街道办事处", nanhu.getText());
        test(nanhu).click();
        assertEquals("report/demo-city.t03/2024", UI.getCurrent().getInternals().getActiveViewLocation().getPath());
    }

    @Test
    void theAddressRestoresTheIndicator() {
        UI.getCurrent().navigate(TownshipComparisonView.class, QueryParameters.simple(java.util.Map.of(
                "metric", "rate.disclosure", "kind", "TOWNSHIP", "region", "demo-city", "year", "2024")));
        assertEquals("rate.disclosure", $(MetricPicker.class).single().getValue().id());
        assertEquals("81.1%（n=37）", cell(ranking(), 0, "current"));
    }
}
