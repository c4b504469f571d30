package cn.nianbao.backend.chart.rendering;

import cn.nianbao.backend.chart.ChartData;
import cn.nianbao.backend.chart.ChartRequest;

/** Which drawing each chart is, at the size asked for or the size its content needs. */
public final class ChartDrawings {

    /** The page's width; the figure grows in height with what it shows. */
    public static final int DEFAULT_WIDTH = 1100;

    private ChartDrawings() {
    }

    /** {@code width} and {@code height} null: the default width and the height the content needs. */
    public static Figure figure(ChartData data, ChartRequest.Layout layout, Integer width, Integer height) {
        Drawing body = switch (data.chart()) {
            case OVERVIEW -> Drawing.of(TrendChart.create(data), TrendChart.HEIGHT);
            case OUTCOMES -> Drawing.of(BarCharts.composition(data, true), BarCharts.HEIGHT);
            case APPLICANTS -> Drawing.of(BarCharts.composition(data, layout != ChartRequest.Layout.GROUPED),
                    BarCharts.HEIGHT);
            case REVIEWS -> Drawing.of(BarCharts.reviews(data), BarCharts.HEIGHT);
            case RANKING -> Drawing.of(RankingChart.create(data), RankingChart.preferredHeight(data));
            case HEATMAP -> Drawing.of(HeatmapChart.create(data), HeatmapChart.preferredHeight(data));
            case SMALL_MULTIPLES -> new SmallMultiplesChart(data);
            case QUALITY_HISTORY -> Drawing.of(TrendChart.create(data), TrendChart.HEIGHT);
        };
        Figure figure = new Figure(data, body, width != null ? width : DEFAULT_WIDTH, height);
        if (figure.height() > ChartRequest.MAX_HEIGHT) {
            return new Figure(data, body, figure.width(), ChartRequest.MAX_HEIGHT);
        }
        return figure;
    }
}
