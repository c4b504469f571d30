package cn.nianbao.frontend.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.Collection;
import java.util.List;

import cn.nianbao.frontend.backend.analytics.BodySeries;
import cn.nianbao.frontend.backend.analytics.MetricKind;
import cn.nianbao.frontend.backend.analytics.Point;
import cn.nianbao.frontend.backend.analytics.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The line chart of one metric per year, one line per body (e.g. 本年新收政府信息公开申请数量). Only printed numbers are
 * points: a blank cell, a missing table or report, or a year the body was not expected to report leaves a gap, never
 * a zero.
 */
public final class SeriesChart {

    /**
     * The chart's words, in the page's language; {@code note} is printed under the chart so that it still explains
     * its gaps when taken to a meeting without the page.
     */
    public record Labels(String title, String yearAxis, String countAxis, String note) {
    }

    /** Legend key: the body's code keeps two bodies of the same name apart, its short name is what is shown. */
    record SeriesKey(String code, String name) implements Comparable<SeriesKey> {

        @Override
        public String toString() {
            return name;
        }

        @Override
        public int compareTo(SeriesKey other) {
            return code.compareTo(other.code);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SeriesKey key && key.code.equals(code);
        }

        @Override
        public int hashCode() {
            return code.hashCode();
        }
    }

    private SeriesChart() {
    }

    /**
     * @param shown the codes of the bodies to draw; each keeps the colour of its place in {@code data}, so a line
     *              does not change colour when others are hidden
     */
    public static JFreeChart create(Series data, Collection<String> shown, Labels labels) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<BodySeries> drawn = data.series().stream().filter(s -> shown.contains(s.agencyCode())).toList();
        for (BodySeries series : drawn) {
            SeriesKey key = new SeriesKey(series.agencyCode(), shortName(series.agencyName(), data));
            for (int year : data.years()) {
                Point point = series.point(year);
                Number value = point.hasValue() ? point.value() : null;
                dataset.addValue(value, key, Integer.valueOf(year));
            }
        }
        CategoryAxis years = new CategoryAxis(labels.yearAxis());
        years.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis counts = new NumberAxis(labels.countAxis());
        if (data.metric() == null || data.metric().kind() != MetricKind.RATE) {
            counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        counts.setAutoRangeIncludesZero(true);

        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        CategoryPlot plot = new CategoryPlot(dataset, years, counts, lines);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setRangeGridlinesVisible(true);

        JFreeChart chart = new JFreeChart(labels.title(), ChartFonts.bold(18f), plot, true);
        // the theme resets series paints, so the township colours come after it
        ChartStyle.apply(chart);
        for (int row = 0; row < drawn.size(); row++) {
            lines.setSeriesPaint(row, ChartPalette.series(data.series().indexOf(drawn.get(row))));
            lines.setSeriesStroke(row, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            lines.setSeriesShape(row, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        chart.getTitle().setPadding(new RectangleInsets(10, 0, 6, 0));
        if (labels.note() != null) {
            TextTitle note = new TextTitle(labels.note(), ChartFonts.plain(11f));
            note.setPaint(ChartPalette.TEXT);
            note.setPosition(RectangleEdge.BOTTOM);
            note.setHorizontalAlignment(HorizontalAlignment.LEFT);
            note.setPadding(new RectangleInsets(6, 10, 4, 10));
            chart.addSubtitle(note);
        }
        LegendTitle legend = chart.getLegend();
        legend.setPosition(drawn.size() > 6 ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
        return chart;
    }

    /**
     * "示例市东城街道办事处" under 示例市 (or 示例市人民政府) is shown as "东城街道办事处": the region is in the title
     * already, and the legend stays narrow.
     */
    static String shortName(String name, Series data) {
        if (name == null) {
            return "";
        }
        String region = data.region() == null || data.region().name() == null ? "" : data.region().name();
        for (String prefix : List.of(region, region.replaceFirst("人民政府$", ""))) {
            if (!prefix.isEmpty() && name.startsWith(prefix) && name.length() > prefix.length()) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }
}
