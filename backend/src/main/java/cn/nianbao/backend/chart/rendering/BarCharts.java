package cn.nianbao.backend.chart.rendering;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.nianbao.backend.analytics.MetricKind;
import cn.nianbao.backend.chart.ChartData;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The compositions per year as bars, each category in its own colour from {@link ChartPalette}: outcome categories
 * and applicant types stacked (or grouped side by side), reviews and lawsuits by result in two panels that share the
 * count axis. A stack carries its total above it; a part large enough carries its count inside.
 */
final class BarCharts {

    static final double HEIGHT = 430;
    /** A part smaller than this share of the tallest stack gets no label: it would not fit. */
    private static final double LABELLED_SHARE = 0.07;

    private BarCharts() {
    }

    /** One bar (stacked) or one group of bars per year, a colour per column of the table. */
    static JFreeChart composition(ChartData data, boolean stacked) {
        DefaultCategoryDataset dataset = dataset(data, data.table().columns());
        BarRenderer bars = stacked ? new StackedBarRenderer() : new BarRenderer();
        CategoryPlot plot = plot(dataset, bars, "年度", stacked);
        JFreeChart chart = new JFreeChart(null, ChartFonts.plain(13f), plot, true);
        ChartStyle.apply(chart);
        style(plot, bars, data.table().columns(), stacked);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    /** 行政复议 | 行政诉讼, each stacked by result per year, one legend of the results. */
    static JFreeChart reviews(ChartData data) {
        Map<String, List<ChartData.Column>> groups = data.table().columns().stream()
                .collect(Collectors.groupingBy(ChartData.Column::group, LinkedHashMap::new,
                        Collectors.toList()));
        NumberAxis counts = new NumberAxis("数量（件）");
        CombinedRangeCategoryPlot combined = new CombinedRangeCategoryPlot(counts);
        combined.setGap(24);
        List<CategoryPlot> panels = new ArrayList<>();
        List<StackedBarRenderer> renderers = new ArrayList<>();
        for (Map.Entry<String, List<ChartData.Column>> group : groups.entrySet()) {
            StackedBarRenderer bars = new StackedBarRenderer();
            CategoryPlot panel = plot(dataset(data, group.getValue()), bars, group.getKey(), true);
            combined.add(panel, 1);
            panels.add(panel);
            renderers.add(bars);
        }
        JFreeChart chart = new JFreeChart(null, ChartFonts.plain(13f), combined, true);
        ChartStyle.apply(chart);
        int i = 0;
        for (Map.Entry<String, List<ChartData.Column>> group : groups.entrySet()) {
            style(panels.get(i), renderers.get(i), group.getValue(), true);
            panels.get(i).getDomainAxis().setLabelFont(ChartFonts.bold(14f));
            i++;
        }
        Formats.valueAxis(counts, MetricKind.COUNT);
        counts.setUpperMargin(0.12);
        LegendItemCollection legend = new LegendItemCollection();
        groups.values().iterator().next().forEach(column -> {
            LegendItem item = new LegendItem(column.label(), colour(column));
            item.setLabelFont(ChartFonts.plain(13f));
            item.setLabelPaint(ChartPalette.TEXT);
            legend.add(item);
        });
        combined.setFixedLegendItems(legend);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    private static DefaultCategoryDataset dataset(ChartData data, List<ChartData.Column> columns) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<ChartData.Column> all = data.table().columns();
        for (ChartData.Column column : columns) {
            int c = all.indexOf(column);
            SeriesKey series = new SeriesKey(column.key(), column.label());
            for (ChartData.Row row : data.table().rows()) {
                ChartData.Cell cell = row.cells().get(c);
                dataset.addValue(cell.hasValue() ? cell.value() : null, series, row.label());
            }
        }
        return dataset;
    }

    private static CategoryPlot plot(CategoryDataset dataset, BarRenderer bars, String domainLabel, boolean stacked) {
        CategoryAxis years = new CategoryAxis(domainLabel);
        years.setCategoryMargin(stacked ? 0.35 : 0.2);
        NumberAxis counts = new NumberAxis("数量（件）");
        CategoryPlot plot = new CategoryPlot(dataset, years, counts, bars);
        plot.setNoDataMessage("所选年度没有数据");
        plot.setNoDataMessageFont(ChartFonts.plain(16f));
        return plot;
    }

    private static void style(CategoryPlot plot, BarRenderer bars, List<ChartData.Column> columns, boolean stacked) {
        for (int c = 0; c < columns.size(); c++) {
            bars.setSeriesPaint(c, colour(columns.get(c)));
        }
        bars.setMaximumBarWidth(stacked ? 0.12 : 0.04);
        bars.setItemMargin(0.02);
        bars.setDrawBarOutline(false);
        if (plot.getRangeAxis() instanceof NumberAxis counts) {
            Formats.valueAxis(counts, MetricKind.COUNT);
            counts.setUpperMargin(0.12);
        }
        plot.getDomainAxis().setTickLabelFont(ChartFonts.plain(12.5f));
        plot.getDomainAxis().setLabelFont(ChartFonts.plain(13f));
        CategoryDataset dataset = plot.getDataset();
        double tallest = tallest(dataset, stacked);
        bars.setDefaultItemLabelGenerator(new PartLabels(tallest * LABELLED_SHARE));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(ChartFonts.plain(11.5f));
        if (stacked) {
            for (int c = 0; c < columns.size(); c++) {
                bars.setSeriesItemLabelPaint(c, textOn(colour(columns.get(c))));
            }
            bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER,
                    TextAnchor.CENTER));
            addStackTotals(plot, dataset);
        } else {
            bars.setDefaultItemLabelPaint(ChartPalette.TEXT);
            bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                    TextAnchor.BOTTOM_CENTER));
        }
    }

    static Color colour(ChartData.Column column) {
        return ChartPalette.ofMetricOrPrimary(column.key());
    }

    /** White on dark colours, dark text on light ones (部分公开, 尚未审结). */
    static Color textOn(Color fill) {
        double luminance = (0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue()) / 255;
        return luminance > 0.62 ? ChartPalette.TEXT : Color.WHITE;
    }

    /** The sum above each stack, in bold. */
    private static void addStackTotals(CategoryPlot plot, CategoryDataset dataset) {
        for (int c = 0; c < dataset.getColumnCount(); c++) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            for (int r = 0; r < dataset.getRowCount(); r++) {
                Number value = dataset.getValue(r, c);
                if (value != null) {
                    sum = sum.add(new BigDecimal(value.toString()));
                    any = true;
                }
            }
            if (any) {
                CategoryTextAnnotation total = new CategoryTextAnnotation(Formats.label(MetricKind.COUNT).format(sum),
                        dataset.getColumnKey(c), sum.doubleValue());
                total.setFont(ChartFonts.bold(12.5f));
                total.setPaint(ChartPalette.TEXT);
                total.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                plot.addAnnotation(total);
            }
        }
    }

    private static double tallest(CategoryDataset dataset, boolean stacked) {
        double tallest = 0;
        for (int c = 0; c < dataset.getColumnCount(); c++) {
            double stack = 0;
            for (int r = 0; r < dataset.getRowCount(); r++) {
                Number value = dataset.getValue(r, c);
                double v = value == null ? 0 : value.doubleValue();
                stack = stacked ? stack + v : Math.max(stack, v);
            }
            tallest = Math.max(tallest, stack);
        }
        return tallest;
    }

    /** The count of a part, when the part is large enough to hold it. */
    private record PartLabels(double smallest) implements CategoryItemLabelGenerator {

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
            Number value = dataset.getValue(row, column);
            if (value == null || value.doubleValue() <= 0 || value.doubleValue() < smallest) {
                return null;
            }
            return Formats.label(MetricKind.COUNT).format(value);
        }
    }
}
