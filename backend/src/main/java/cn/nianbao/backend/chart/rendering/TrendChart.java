package cn.nianbao.backend.chart.rendering;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.chart.ChartData;
import cn.nianbao.backend.chart.ChartKind;
import cn.nianbao.backend.chart.ChartWords;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The 总览 trend (and the quality history, a point per run): a line per column of the table (the region's total, bodies), a point per year. Only numbers are
 * points: a blank, a missing table, a missing report or a year not due leaves a gap, never a zero. The total is drawn
 * thick in the metric's colour and labelled; drawn with bodies it has its own axis on the right, or the bodies would
 * lie flat at its foot. A rate on too small a sample is a hollow point.
 */
final class TrendChart {

    static final double HEIGHT = 430;
    /** The key of the region's total in the table (see {@code TrendFigures}). */
    static final String TOTAL = "total";

    private TrendChart() {
    }

    static JFreeChart create(ChartData data) {
        MetricInfo metric = data.metric();
        List<Integer> totals = new ArrayList<>();
        List<Integer> bodies = new ArrayList<>();
        List<ChartData.Column> columns = data.table().columns();
        for (int c = 0; c < columns.size(); c++) {
            (columns.get(c).key().equals(TOTAL) ? totals : bodies).add(c);
        }
        boolean twoAxes = !totals.isEmpty() && !bodies.isEmpty();
        String axis = ChartWords.valueAxis(metric);
        // years for the overview, the time of each run for the quality history
        CategoryAxis years = new CategoryAxis(data.table().rowHeader());
        years.setMaximumCategoryLabelLines(2);
        NumberAxis bodyAxis = new NumberAxis(twoAxes ? "各机构 " + axis : axis);
        LineAndShapeRenderer bodyLines = lines(data, bodies);
        CategoryPlot plot = new CategoryPlot(dataset(data, bodies.isEmpty() ? totals : bodies), years, bodyAxis,
                bodies.isEmpty() ? lines(data, totals) : bodyLines);
        NumberAxis totalAxis = null;
        if (twoAxes) {
            totalAxis = new NumberAxis(columns.get(totals.getFirst()).label() + " " + axis);
            plot.setDataset(1, dataset(data, totals));
            plot.setRangeAxis(1, totalAxis);
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, lines(data, totals));
        }
        plot.setRangeGridlinesVisible(true);
        plot.setNoDataMessage(data.chart() == ChartKind.QUALITY_HISTORY ? "尚未运行质量检查" : "所选年度没有数据");
        plot.setNoDataMessageFont(ChartFonts.plain(16f));

        JFreeChart chart = new JFreeChart(null, ChartFonts.plain(13f), plot, true);
        // the theme resets series paints and label fonts, so everything particular comes after it
        ChartStyle.apply(chart);
        for (NumberAxis values : twoAxes ? List.of(bodyAxis, totalAxis) : List.of(bodyAxis)) {
            Formats.valueAxis(values, metric.kind());
            values.setUpperMargin(0.12);
        }
        if (twoAxes) {
            style((LineAndShapeRenderer) plot.getRenderer(0), data, bodies);
            style((LineAndShapeRenderer) plot.getRenderer(1), data, totals);
            totalAxis.setLabelPaint(ChartPalette.ofMetricOrPrimary(metric.id()));
        } else {
            style((LineAndShapeRenderer) plot.getRenderer(0), data, bodies.isEmpty() ? totals : bodies);
        }
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    private static DefaultCategoryDataset dataset(ChartData data, List<Integer> columns) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int c : columns) {
            ChartData.Column column = data.table().columns().get(c);
            SeriesKey series = new SeriesKey(column.key(), column.label());
            for (ChartData.Row row : data.table().rows()) {
                ChartData.Cell cell = row.cells().get(c);
                dataset.addValue(cell.hasValue() ? cell.value() : null, series, row.label());
            }
        }
        return dataset;
    }

    /** Lines whose points are hollow where a rate stands on too small a sample. */
    private static LineAndShapeRenderer lines(ChartData data, List<Integer> columns) {
        boolean[][] hollow = new boolean[columns.size()][data.table().rows().size()];
        for (int s = 0; s < columns.size(); s++) {
            for (int r = 0; r < data.table().rows().size(); r++) {
                hollow[s][r] = data.table().rows().get(r).cells().get(columns.get(s)).unreliable();
            }
        }
        return new LineAndShapeRenderer(true, true) {
            @Override
            public boolean getItemShapeFilled(int series, int item) {
                return !hollow[series][item];
            }
        };
    }

    private static void style(LineAndShapeRenderer lines, ChartData data, List<Integer> columns) {
        MetricInfo metric = data.metric();
        lines.setUseFillPaint(true);
        lines.setUseOutlinePaint(true);
        for (int s = 0; s < columns.size(); s++) {
            int c = columns.get(s);
            boolean total = data.table().columns().get(c).key().equals(TOTAL);
            // a body keeps the colour of its place among the bodies, whatever else is drawn
            Color colour = total ? ChartPalette.ofMetricOrPrimary(metric.id()) : ChartPalette.series(s);
            lines.setSeriesPaint(s, colour);
            lines.setSeriesFillPaint(s, colour);
            lines.setSeriesOutlinePaint(s, colour);
            lines.setSeriesStroke(s, new BasicStroke(total ? 3.4f : 2.2f, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            double size = total ? 9 : 7;
            lines.setSeriesShape(s, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
            if (total) {
                lines.setSeriesItemLabelGenerator(s, new StandardCategoryItemLabelGenerator("{2}",
                        Formats.label(metric.kind())));
                lines.setSeriesItemLabelsVisible(s, true);
                lines.setSeriesItemLabelFont(s, ChartFonts.bold(12.5f));
                lines.setSeriesItemLabelPaint(s, ChartPalette.TEXT);
                lines.setSeriesPositiveItemLabelPosition(s, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                        TextAnchor.BOTTOM_CENTER));
            }
        }
    }
}
