package cn.nianbao.backend.chart.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.backend.analytics.MetricCatalogue;
import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.analytics.PointState;
import cn.nianbao.backend.analytics.RegionRef;
import cn.nianbao.backend.chart.Category;
import cn.nianbao.backend.chart.ChartData;
import cn.nianbao.backend.chart.ChartKind;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.junit.jupiter.api.Test;

/**
 * One colour per outcome category and per review result, whichever chart shows it: the composition's bar, the
 * ranking's bar of that category's metric, the trend of it, and the reviews' two panels all take it from the palette.
 */
class CategoryColoursTest {

    private static final RegionRef REGION = new RegionRef("r", "某县人民政府", false);

    @Test
    void anOutcomeCategoryHasTheSameColourInTheCompositionTheRankingAndTheTrend() {
        List<String> outcomes = List.of("requests.granted.total", "requests.partially_granted.total",
                "requests.denied.total", "requests.unable.total", "requests.not_processed.total",
                "requests.other.total");
        CategoryItemRenderer composition = ((CategoryPlot) BarCharts.composition(table(ChartKind.OUTCOMES, null,
                outcomes), true).getPlot()).getRenderer();
        Set<Paint> distinct = new LinkedHashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            String id = outcomes.get(i);
            Paint colour = composition.getSeriesPaint(i);
            distinct.add(colour);
            assertThat(colour).as(id).isEqualTo(ChartPalette.of(Category.of(id).orElseThrow()));
            assertThat(rankingBar(id)).as("ranking of " + id).isEqualTo(colour);
            assertThat(trendTotal(id)).as("trend of " + id).isEqualTo(colour);
        }
        assertThat(distinct).hasSize(6);
        // a single row of a category is that category
        assertThat(rankingBar("requests.denied_state_secret.total"))
                .isEqualTo(ChartPalette.of(new Category.Outcome(RequestRow.Group.DENIED)));
    }

    @Test
    void aReviewResultHasTheSameColourInBothPanelsTheRankingAndTheTrend() {
        List<String> columns = new ArrayList<>();
        List<ReviewOutcome> results = List.of(ReviewOutcome.UPHELD, ReviewOutcome.CORRECTED, ReviewOutcome.OTHER,
                ReviewOutcome.PENDING);
        results.forEach(result -> columns.add("reviews.administrative_review." + result.code()));
        results.forEach(result -> columns.add("litigation." + result.code()));
        JFreeChart reviews = BarCharts.reviews(table(ChartKind.REVIEWS, null, columns));
        List<?> panels = ((CombinedRangeCategoryPlot) reviews.getPlot()).getSubplots();
        Set<Paint> distinct = new LinkedHashSet<>();
        for (int i = 0; i < results.size(); i++) {
            Paint review = ((CategoryPlot) panels.get(0)).getRenderer().getSeriesPaint(i);
            Paint lawsuit = ((CategoryPlot) panels.get(1)).getRenderer().getSeriesPaint(i);
            distinct.add(review);
            assertThat(lawsuit).isEqualTo(review);
            assertThat(review).isEqualTo(ChartPalette.of(new Category.Result(results.get(i))));
            assertThat(rankingBar("reviews.litigation_direct." + results.get(i).code())).isEqualTo(review);
            assertThat(trendTotal("litigation." + results.get(i).code())).isEqualTo(review);
            assertThat(reviews.getPlot().getLegendItems().get(i).getFillPaint()).isEqualTo(review);
        }
        assertThat(distinct).hasSize(4);
    }

    @Test
    void totalsAndRatesHaveNoCategoryColour() {
        assertThat(ChartPalette.ofMetric("requests.new_received.total")).isEmpty();
        assertThat(ChartPalette.ofMetric("requests.total_processed.total")).isEmpty();
        assertThat(ChartPalette.ofMetric("reviews.administrative_review.total")).isEmpty();
        assertThat(ChartPalette.ofMetric("rate.disclosure")).isEmpty();
        assertThat(rankingBar("rate.disclosure")).isEqualTo(ChartPalette.PRIMARY);
    }

    private static Paint rankingBar(String metricId) {
        ChartData data = new ChartData(ChartKind.RANKING, "t", "c", List.of(), "s", REGION, List.of(2023, 2024),
                info(metricId), "件", 0, new ChartData.Table("机构", List.of(
                new ChartData.Column("rank", "名次", null), new ChartData.Column("current", "2024 年", null),
                new ChartData.Column("previous", "2023 年", null), new ChartData.Column("change", "变化", null)),
                List.of(new ChartData.Row("r.a", "甲镇", List.of(ChartData.Cell.number(1), reported(5),
                        reported(3), ChartData.Cell.number(2))))));
        JFreeChart chart = RankingChart.create(data);
        return ((CategoryPlot) chart.getPlot()).getRenderer().getItemPaint(0, 0);
    }

    private static Paint trendTotal(String metricId) {
        ChartData data = new ChartData(ChartKind.OVERVIEW, "t", "c", List.of(), "s", REGION, List.of(2024),
                info(metricId), "件", 0, new ChartData.Table("年度", List.of(new ChartData.Column("total", "合计", null)),
                List.of(new ChartData.Row("2024", "2024", List.of(reported(5))))));
        return ((CategoryPlot) TrendChart.create(data).getPlot()).getRenderer().getSeriesPaint(0);
    }

    private static ChartData table(ChartKind chart, MetricInfo metric, List<String> columns) {
        List<ChartData.Column> header = columns.stream().map(id -> new ChartData.Column(id, id,
                id.startsWith("litigation") ? "行政诉讼" : id.startsWith("reviews") ? "行政复议" : null)).toList();
        List<ChartData.Row> rows = List.of(new ChartData.Row("2024", "2024",
                columns.stream().map(id -> reported(3)).toList()));
        return new ChartData(chart, "t", "c", List.of(), "s", REGION, List.of(2024), metric, "件", 0,
                new ChartData.Table("年度", header, rows));
    }

    private static MetricInfo info(String id) {
        return MetricInfo.of(MetricCatalogue.find(id).orElseThrow(), new cn.nianbao.backend.analytics.MinimumSample(10));
    }

    private static ChartData.Cell reported(long value) {
        return new ChartData.Cell(value, PointState.REPORTED, null, null, null);
    }
}
