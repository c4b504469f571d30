package cn.nianbao.backend.chart.rendering;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The house style of every chart: the shipped CJK font on axes, ticks and legend; white background; light grid.
 * Applied per chart rather than as JFreeChart's global theme, so nothing depends on call order. Titles are drawn by
 * {@link Figure}, around the chart.
 */
final class ChartStyle {

    private ChartStyle() {
    }

    static JFreeChart apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("nianbao");
        theme.setExtraLargeFont(ChartFonts.bold(18f));
        theme.setLargeFont(ChartFonts.plain(14f));
        theme.setRegularFont(ChartFonts.plain(13f));
        theme.setSmallFont(ChartFonts.plain(12f));
        theme.setTitlePaint(ChartPalette.TEXT);
        theme.setSubtitlePaint(ChartPalette.TEXT);
        theme.setAxisLabelPaint(ChartPalette.TEXT);
        theme.setTickLabelPaint(ChartPalette.TEXT);
        theme.setLegendItemPaint(ChartPalette.TEXT);
        theme.setItemLabelPaint(ChartPalette.TEXT);
        theme.setChartBackgroundPaint(ChartPalette.BACKGROUND);
        theme.setPlotBackgroundPaint(ChartPalette.BACKGROUND);
        theme.setLegendBackgroundPaint(ChartPalette.BACKGROUND);
        theme.setDomainGridlinePaint(ChartPalette.GRID);
        theme.setRangeGridlinePaint(ChartPalette.GRID);
        theme.setPlotOutlinePaint(ChartPalette.GRID);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.apply(chart);
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
            chart.getLegend().setItemFont(ChartFonts.plain(13f));
        }
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 0, 0, 4));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
