package cn.nianbao.backend.chart.rendering;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.analytics.MetricKind;
import cn.nianbao.backend.analytics.PointState;
import cn.nianbao.backend.chart.ChartData;
import cn.nianbao.backend.chart.ChineseFigures;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A small trend per body, in a grid, all on the same scale so that heights compare. A year without a number is a
 * gap with its state shaded behind it (缺报 red, 空白 and 缺表 grey); the last number is written beside its point.
 */
final class SmallMultiplesChart implements Drawing {

    static final double PANEL_HEIGHT = 172;
    private static final double LEGEND_HEIGHT = 34;
    private static final double GAP = 10;

    private final ChartData data;
    private final int columns;

    SmallMultiplesChart(ChartData data) {
        this.data = data;
        int panels = data.table().rows().size();
        this.columns = panels <= 4 ? Math.max(1, panels) : panels <= 9 ? 3 : 4;
    }

    @Override
    public double preferredHeight(double width) {
        return rows() * (PANEL_HEIGHT + GAP) + LEGEND_HEIGHT;
    }

    private int rows() {
        return Math.max(1, (data.table().rows().size() + columns - 1) / columns);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        List<ChartData.Row> bodies = data.table().rows();
        if (bodies.isEmpty()) {
            TextTitle none = new TextTitle("没有机构", ChartFonts.plain(16f));
            none.draw(g2, area);
            return;
        }
        double gridHeight = area.getHeight() - LEGEND_HEIGHT;
        double panelWidth = (area.getWidth() - GAP * (columns - 1)) / columns;
        double panelHeight = Math.min(PANEL_HEIGHT, gridHeight / rows() - GAP);
        Range range = commonRange();
        for (int i = 0; i < bodies.size(); i++) {
            double x = area.getX() + (i % columns) * (panelWidth + GAP);
            double y = area.getY() + (i / columns) * (panelHeight + GAP);
            panel(bodies.get(i), range).draw(g2, new Rectangle2D.Double(x, y, panelWidth, panelHeight));
        }
        LegendTitle legend = legend();
        double legendTop = area.getY() + rows() * (panelHeight + GAP);
        legend.arrange(g2, new RectangleConstraint(area.getWidth(), null, LengthConstraintType.FIXED, 0, null,
                LengthConstraintType.NONE));
        legend.draw(g2, new Rectangle2D.Double(area.getX(), legendTop, area.getWidth(), LEGEND_HEIGHT));
    }

    private JFreeChart panel(ChartData.Row body, Range range) {
        MetricInfo metric = data.metric();
        List<ChartData.Column> years = data.table().columns();
        XYSeries points = new XYSeries(body.key(), false, true);
        boolean[] hollow = new boolean[years.size()];
        Map<Integer, PointState> gaps = new LinkedHashMap<>();
        int lastWithNumber = -1;
        for (int c = 0; c < years.size(); c++) {
            int year = Integer.parseInt(years.get(c).key());
            ChartData.Cell cell = body.cells().get(c);
            points.add(year, cell.hasValue() ? cell.value() : null);
            hollow[c] = cell.unreliable();
            if (cell.hasValue()) {
                lastWithNumber = c;
            } else if (cell.state() != null && cell.state() != PointState.NOT_EXPECTED) {
                gaps.put(year, cell.state() == PointState.REPORTED ? PointState.BLANK : cell.state());
            }
        }
        NumberAxis yearAxis = new NumberAxis(null);
        int first = Integer.parseInt(years.getFirst().key());
        int last = Integer.parseInt(years.getLast().key());
        yearAxis.setRange(first - 0.5, last + 0.5);
        int step = Math.max(1, (int) Math.ceil((last - first + 1) / 6.0));
        yearAxis.setTickUnit(new NumberTickUnit(step, Formats.year()));
        NumberAxis valueAxis = new NumberAxis(null);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true) {
            @Override
            public boolean getItemShapeFilled(int series, int item) {
                return !hollow[item];
            }
        };
        XYPlot plot = new XYPlot(new XYSeriesCollection(points), yearAxis, valueAxis, line);
        JFreeChart chart = new JFreeChart(null, ChartFonts.plain(12f), plot, false);
        ChartStyle.apply(chart);
        chart.setTitle(new TextTitle(body.label(), ChartFonts.bold(13f), ChartPalette.TEXT, RectangleEdge.TOP,
                HorizontalAlignment.LEFT, VerticalAlignment.CENTER, new RectangleInsets(2, 4, 2,
                0)));
        Formats.valueAxis(valueAxis, metric.kind());
        valueAxis.setRange(range);
        valueAxis.setTickLabelFont(ChartFonts.plain(10.5f));
        yearAxis.setTickLabelFont(ChartFonts.plain(10.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(2, 2, 2, 8));
        Color colour = ChartPalette.ofMetricOrPrimary(metric.id());
        line.setSeriesPaint(0, colour);
        line.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        line.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        gaps.forEach((year, state) -> {
            IntervalMarker band = new IntervalMarker(year - 0.5, year + 0.5, ChartPalette.state(state));
            plot.addDomainMarker(band, Layer.BACKGROUND);
        });
        if (lastWithNumber >= 0) {
            ChartData.Cell cell = body.cells().get(lastWithNumber);
            XYTextAnnotation label = new XYTextAnnotation(ChineseFigures.bare(cell.value(), metric.kind()),
                    Integer.parseInt(years.get(lastWithNumber).key()), cell.value().doubleValue());
            label.setFont(ChartFonts.bold(11f));
            label.setPaint(ChartPalette.TEXT);
            label.setTextAnchor(lastWithNumber == years.size() - 1 ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
        }
        chart.setPadding(new RectangleInsets(0, 0, 0, 0));
        chart.setBorderVisible(true);
        chart.setBorderPaint(ChartPalette.GRID);
        return chart;
    }

    /** From 0 to a little above the largest number of any body, so the panels compare. */
    private Range commonRange() {
        double highest = 0;
        for (ChartData.Row row : data.table().rows()) {
            for (ChartData.Cell cell : row.cells()) {
                if (cell.hasValue()) {
                    highest = Math.max(highest, cell.value().doubleValue());
                }
            }
        }
        if (highest == 0) {
            highest = data.metric().kind() == MetricKind.RATE ? 1 : 10;
        }
        return new Range(0, highest * 1.22);
    }

    private LegendTitle legend() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(item("缺报", ChartPalette.state(PointState.MISSING)));
        items.add(item("空白", ChartPalette.state(PointState.BLANK)));
        items.add(item("缺表", ChartPalette.state(PointState.TABLE_MISSING)));
        LegendTitle legend = new LegendTitle(() -> items);
        legend.setItemFont(ChartFonts.plain(12.5f));
        legend.setItemPaint(ChartPalette.TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(ChartPalette.BACKGROUND);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setPosition(RectangleEdge.BOTTOM);
        return legend;
    }

    private static LegendItem item(String label, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle2D.Double(-7, -7, 14, 14), colour);
        item.setLabelFont(ChartFonts.plain(12.5f));
        item.setLabelPaint(ChartPalette.TEXT);
        return item;
    }

}
