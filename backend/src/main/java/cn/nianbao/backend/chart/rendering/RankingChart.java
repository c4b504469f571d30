package cn.nianbao.backend.chart.rendering;

import java.awt.Paint;
import java.util.List;

import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.analytics.MetricKind;
import cn.nianbao.backend.chart.ChartData;
import cn.nianbao.backend.chart.ChartWords;
import cn.nianbao.backend.chart.ChineseFigures;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The ranking: a horizontal bar per body, highest first, this year's in the metric's colour with its number at the
 * end, last year's lighter beside it. A rate on too small a sample is grey and labelled with its n.
 */
final class RankingChart {

    /** Per body: two bars and the space between bodies. */
    static final double ROW_HEIGHT = 30;
    static final double AXES_AND_LEGEND = 90;

    private RankingChart() {
    }

    static double preferredHeight(ChartData data) {
        return Math.max(260, AXES_AND_LEGEND + ROW_HEIGHT * data.table().rows().size());
    }

    static JFreeChart create(ChartData data) {
        MetricInfo metric = data.metric();
        List<ChartData.Row> rows = data.table().rows();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        SeriesKey current = new SeriesKey("current", data.table().columns().get(1).label());
        SeriesKey previous = new SeriesKey("previous", data.table().columns().get(2).label());
        for (ChartData.Row row : rows) {
            SeriesKey body = new SeriesKey(row.key(), row.cells().getFirst().value() + ". " + row.label());
            dataset.addValue(valueOf(row.cells().get(1)), current, body);
            dataset.addValue(valueOf(row.cells().get(2)), previous, body);
        }
        Paint thisYear = ChartPalette.ofMetricOrPrimary(metric.id());
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int series, int item) {
                if (series == 0) {
                    return rows.get(item).cells().get(1).unreliable() ? ChartPalette.UNRELIABLE : thisYear;
                }
                return ChartPalette.PREVIOUS_YEAR;
            }
        };
        CategoryAxis bodies = new CategoryAxis(null);
        NumberAxis values = new NumberAxis(ChartWords.valueAxis(metric));
        CategoryPlot plot = new CategoryPlot(dataset, bodies, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage("没有可排名的数值");
        plot.setNoDataMessageFont(ChartFonts.plain(16f));
        plot.setDomainGridlinesVisible(false);

        JFreeChart chart = new JFreeChart(null, ChartFonts.plain(13f), plot, true);
        ChartStyle.apply(chart);
        bars.setSeriesPaint(0, thisYear);
        bars.setSeriesPaint(1, ChartPalette.PREVIOUS_YEAR);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.0);
        bars.setMaximumBarWidth(0.05);
        bars.setSeriesItemLabelGenerator(0, new ValueLabels(rows, metric));
        bars.setSeriesItemLabelsVisible(0, true);
        bars.setSeriesItemLabelFont(0, ChartFonts.plain(12f));
        bars.setSeriesItemLabelPaint(0, ChartPalette.TEXT);
        bars.setSeriesPositiveItemLabelPosition(0, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        bodies.setCategoryMargin(0.25);
        bodies.setMaximumCategoryLabelWidthRatio(0.32f);
        bodies.setTickLabelFont(ChartFonts.plain(13f));
        Formats.valueAxis(values, metric.kind());
        values.setUpperMargin(0.14);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    private static Number valueOf(ChartData.Cell cell) {
        return cell.hasValue() ? cell.value() : null;
    }

    /** 34, or 62.5%（n=6） for a rate on a small sample. */
    private record ValueLabels(List<ChartData.Row> rows, MetricInfo metric) implements CategoryItemLabelGenerator {

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            ChartData.Cell cell = rows.get(column).cells().get(1);
            if (!cell.hasValue()) {
                return null;
            }
            String value = ChineseFigures.bare(cell.value(), metric.kind());
            return metric.kind() == MetricKind.RATE && cell.unreliable() && cell.denominator() != null
                    ? value + "（n=" + cell.denominator() + "）" : value;
        }
    }
}
