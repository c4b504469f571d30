package cn.nianbao.frontend.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.chart.ChartFigure;
import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.backend.charts.ChartData;
import cn.nianbao.frontend.ui.MetricPicker;
import cn.nianbao.frontend.shell.MainLayout;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.Tile;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

@SignedInAs("supervisor")
@ViewPackages(classes = {OverviewView.class, MainLayout.class})
class OverviewViewTest extends DashboardTest {

    private Tile tile(String id) {
        return $(Tile.class).all().stream().filter(tile -> tile.key().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theTilesAreTheBackendsFiguresForTheLatestYear() {
        navigate(OverviewView.class);
        List<String> values = $(Tile.class).all().stream().map(Tile::value).toList();
        // overview-township-2024.json: 12 expected, 11 reported, 1 missing, 10 on time, 183 new requests …
        assertEquals(List.of("12", "11", "1", "10", "183", "70.2%", "7", "2", "16.7%"), values);
        assertEquals("比 2023 年 −21（−10.3%）", tile("requests.new_received.total").note());
        assertEquals("比 2023 年 +1", tile("bodies_missing").note(), "no rate of change from 0");
        assertEquals("（n=171） 比 2023 年 +2.7 个百分点", tile("rate.disclosure").note());
    }

    @Test
    void aRateFromTooFewCasesIsGreyedWithItsSampleSize() {
        navigate(OverviewView.class);
        Tile correction = tile("rate.correction");
        assertTrue(correction.getElement().getAttribute("title").contains("样本只有 6 件"),
                correction.getElement().getAttribute("title"));
        assertTrue(correction.note().startsWith("（n=6）"), correction.note());
        Tile disclosure = tile("rate.disclosure");
        assertEquals(null, disclosure.getElement().getAttribute("title"), "171 cases are enough");
    }

    private ChartFigure figure(String chart) {
        return $(ChartFigure.class).all().stream().filter(figure -> chart.equals(
                figure.getElement().getAttribute("data-chart"))).findFirst().orElseThrow();
    }

    @Test
    void theTrendsAreTheBackendsChartsWithTheirCaptions() {
        int before = BackendStub.shared().requests().size();
        navigate(OverviewView.class);
        assertEquals(List.of("overview", "outcomes", "applicants", "reviews"), $(ChartFigure.class).all().stream()
                .map(figure -> figure.getElement().getAttribute("data-chart")).toList());
        ChartFigure outcomes = figure("outcomes");
        // charts/outcomes-data.json, as the backend answered: the caption states the key figure
        assertEquals("示例市各乡镇（街道）依申请公开办理结果构成（2019—2024 年）。2024 年示例市各乡镇（街道）办理结果合计 250 件，"
                + "公开率 46.0%（予以公开和部分公开 115 件），比上年降低 5.7 个百分点", outcomes.image().getAlt().orElseThrow());
        assertTrue(outcomes.image().getSrc().length() > 0, "the picture is fetched when the browser asks for it");
        // the page asked for the years of the tiles' year back, for the kind shown
        List<String> requests = BackendStub.shared().requests();
        List<String> asked = requests.subList(before, requests.size()).stream()
                .filter(request -> request.startsWith("GET /api/charts/outcomes/data")).toList();
        assertEquals(1, asked.size(), asked.toString());
        assertTrue(asked.getFirst().contains("region=demo-city") && asked.getFirst().contains("kind=TOWNSHIP")
                && asked.getFirst().contains("from=2019") && asked.getFirst().contains("to=2024"), asked.toString());
        assertTrue(BackendStub.shared().requests().stream().anyMatch(request -> request.startsWith(
                "GET /api/charts/overview/data") && request.contains("metric=requests.new_received.total")));
    }

    @Test
    void theDataTableShowsWhatTheChartDraws() {
        navigate(OverviewView.class);
        ChartFigure reviews = figure("reviews");
        assertFalse(reviews.tableShown());
        test($(Button.class).withClassName("chart-table-toggle").all().get(3)).click();
        assertTrue(reviews.tableShown());
        @SuppressWarnings("unchecked")
        GridTester<Grid<ChartData.Row>, ChartData.Row> table =
                test((Grid<ChartData.Row>) $(Grid.class).withClassName("chart-data-grid").single());
        assertEquals(6, table.size());
        assertEquals("2019", table.getRow(0).label());
        // 2019: 行政复议 结果维持 13, as charts/reviews-data.json says
        assertEquals("13", table.getCellComponent(0, "c0").getElement().getTextRecursively());
        assertEquals("收起数据表", $(Button.class).withClassName("chart-table-toggle").all().get(3).getText());
    }

    @Test
    void theAddressRestoresIndicatorAndYears() {
        int before = BackendStub.shared().requests().size();
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(java.util.Map.of("region", "demo-city", "kind", "TOWNSHIP",
                "metric", "rate.disclosure", "from", "2021", "to", "2024")));
        assertEquals("rate.disclosure", $(MetricPicker.class).single().getValue().id());
        List<String> requests = BackendStub.shared().requests();
        assertTrue(requests.subList(before, requests.size()).stream().anyMatch(request -> request.startsWith(
                "GET /api/charts/overview/data") && request.contains("metric=rate.disclosure")
                && request.contains("from=2021")));
        assertEquals(2021, $(Select.class).withClassName("from-picker").single().getValue());
        // the indicators grouped under the backend's groups, once each, however often the page is visited
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(java.util.Map.of("metric",
                "requests.new_received.total")));
        assertEquals(List.of("收到申请", "办理结果", "复议诉讼", "主动公开", "比率"),
                $(Span.class).withClassName("metric-group").all().stream().map(Span::getText).toList());
    }

    @Test
    void theTrailShowsTheRegionAndItsBodiesToStepInto() {
        navigate(OverviewView.class);
        assertEquals("示例市", $(Span.class).withClassName("breadcrumb-current").single().getText());
        assertEquals(13, $(ComboBox.class).withClassName("drill-down").single().getListDataView().getItemCount());
    }

    @Test
    void demoDataIsMarked() {
        navigate(OverviewView.class);
        assertTrue($(ViewHeader.class).single().isDemoShown());
        assertTrue($(BackendErrorMessage.class).all().isEmpty());
    }
}
