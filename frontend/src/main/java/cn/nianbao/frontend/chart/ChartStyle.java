package cn.nianbao.frontend.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;

/**
 * The house style of every chart: the shipped CJK font on title, axes, ticks and legend; white background; light
 * grid. Applied per chart rather than as JFreeChart's global theme, so nothing depends on call order.
 */
public final class ChartStyle {

    private ChartStyle() {
    }

    public static JFreeChart apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("nianbao");
        theme.setExtraLargeFont(ChartFonts.bold(18f));
        theme.setLargeFont(ChartFonts.plain(14f));
        theme.setRegularFont(ChartFonts.plain(12f));
        theme.setSmallFont(ChartFonts.plain(11f));
        theme.setTitlePaint(ChartPalette.TEXT);
        theme.setSubtitlePaint(ChartPalette.TEXT);
        theme.setAxisLabelPaint(ChartPalette.TEXT);
        theme.setTickLabelPaint(ChartPalette.TEXT);
        theme.setLegendItemPaint(ChartPalette.TEXT);
        theme.setChartBackgroundPaint(ChartPalette.BACKGROUND);
        theme.setPlotBackgroundPaint(ChartPalette.BACKGROUND);
        theme.setLegendBackgroundPaint(ChartPalette.BACKGROUND);
        theme.setDomainGridlinePaint(ChartPalette.GRID);
        theme.setRangeGridlinePaint(ChartPalette.GRID);
        theme.setPlotOutlinePaint(ChartPalette.GRID);
        theme.apply(chart);
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
