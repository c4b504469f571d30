package cn.nianbao.backend.chart.rendering;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.List;

import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.analytics.MetricKind;
import cn.nianbao.backend.analytics.PointState;
import cn.nianbao.backend.chart.ChartData;
import cn.nianbao.backend.chart.ChineseFigures;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.UnitType;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Bodies × years. A cell with a number is shaded by it (lighter is fewer) and carries it; a cell without one is drawn
 * in its state's colour and named: 缺报, 空白, 缺表, or — for a year the body was not due. Legends for both.
 */
final class HeatmapChart {

    static final double ROW_HEIGHT = 24;
    static final double AXES_AND_LEGENDS = 130;

    /** States are stored in the z values below every number (numbers are never negative). */
    private static final List<PointState> STATES = List.of(PointState.MISSING, PointState.BLANK,
            PointState.TABLE_MISSING, PointState.NOT_EXPECTED);
    private static final double NO_NUMBER = -1;

    private HeatmapChart() {
    }

    static double preferredHeight(ChartData data) {
        return Math.max(280, AXES_AND_LEGENDS + ROW_HEIGHT * data.table().rows().size());
    }

    static JFreeChart create(ChartData data) {
        MetricInfo metric = data.metric();
        List<ChartData.Row> rows = data.table().rows();
        List<ChartData.Column> years = data.table().columns();
        int cells = rows.size() * years.size();
        double[][] xyz = new double[3][cells];
        double highest = 0;
        int i = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < years.size(); c++) {
                ChartData.Cell cell = rows.get(r).cells().get(c);
                xyz[0][i] = Integer.parseInt(years.get(c).key());
                xyz[1][i] = r;
                xyz[2][i] = cell.hasValue() ? cell.value().doubleValue() : stateCode(cell);
                if (cell.hasValue()) {
                    highest = Math.max(highest, cell.value().doubleValue());
                }
                i++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("cells", xyz);
        ValueScale scale = new ValueScale(highest == 0 ? 1 : highest);

        int first = Integer.parseInt(years.getFirst().key());
        int last = Integer.parseInt(years.getLast().key());
        NumberAxis yearAxis = new NumberAxis(null);
        yearAxis.setRange(first - 0.5, last + 0.5);
        yearAxis.setTickUnit(new NumberTickUnit(1, Formats.year()));
        yearAxis.setAxisLineVisible(false);
        SymbolAxis bodyAxis = new SymbolAxis(null, rows.stream().map(ChartData.Row::label).toArray(String[]::new));
        bodyAxis.setInverted(true);
        bodyAxis.setRange(-0.5, rows.size() - 0.5);
        bodyAxis.setGridBandsVisible(false);
        bodyAxis.setAxisLineVisible(false);

        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setBlockWidth(0.96);
        blocks.setBlockHeight(0.9);
        blocks.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, yearAxis, bodyAxis, blocks);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("没有机构");
        plot.setNoDataMessageFont(ChartFonts.plain(16f));

        JFreeChart chart = new JFreeChart(null, ChartFonts.plain(13f), plot, true);
        ChartStyle.apply(chart);
        plot.setOutlineVisible(false);
        yearAxis.setTickLabelFont(ChartFonts.plain(12.5f));
        bodyAxis.setTickLabelFont(ChartFonts.plain(12.5f));
        float cellFont = years.size() > 12 ? 10f : 11.5f;
        i = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < years.size(); c++) {
                ChartData.Cell cell = rows.get(r).cells().get(c);
                XYTextAnnotation text = new XYTextAnnotation(text(cell, metric), xyz[0][i], r);
                text.setFont(ChartFonts.plain(cellFont));
                text.setTextAnchor(TextAnchor.CENTER);
                text.setPaint(cell.hasValue() ? scale.textOn(cell.value().doubleValue())
                        : ChartPalette.stateText(state(cell)));
                plot.addAnnotation(text, false);
                i++;
            }
        }
        LegendItemCollection states = new LegendItemCollection();
        for (PointState state : STATES) {
            LegendItem item = new LegendItem(word(state), null, null, null,
                    new Rectangle(-7, -7, 14, 14), ChartPalette.state(state), new BasicStroke(0.8f),
                    ChartPalette.GRID);
            item.setLabelFont(ChartFonts.plain(12.5f));
            item.setLabelPaint(ChartPalette.TEXT);
            states.add(item);
        }
        plot.setFixedLegendItems(states);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);

        NumberAxis scaleAxis = new NumberAxis(null);
        scaleAxis.setRange(0, scale.upper);
        Formats.valueAxis(scaleAxis, metric.kind());
        scaleAxis.setAutoRangeIncludesZero(true);
        scaleAxis.setRange(0, scale.upper);
        PaintScaleLegend gradient = new PaintScaleLegend(scale, scaleAxis);
        gradient.setPosition(RectangleEdge.BOTTOM);
        gradient.setHorizontalAlignment(HorizontalAlignment.LEFT);
        gradient.setStripWidth(10);
        gradient.setFrame(BlockBorder.NONE);
        // a third of the width is enough for a scale; the rest stays empty beside it
        gradient.setMargin(new RectangleInsets(UnitType.RELATIVE, 0.0, 0.01, 0.0, 0.62));
        gradient.setBackgroundPaint(ChartPalette.BACKGROUND);
        chart.addSubtitle(gradient);
        return chart;
    }

    private static String text(ChartData.Cell cell, MetricInfo metric) {
        if (!cell.hasValue()) {
            PointState state = state(cell);
            return state == PointState.NOT_EXPECTED ? "—" : word(state);
        }
        String value = ChineseFigures.bare(cell.value(), metric.kind());
        return metric.kind() == MetricKind.RATE && cell.unreliable() ? value + "*" : value;
    }

    /** A rate printed with no case behind it has no number either; it is drawn like a blank. */
    private static PointState state(ChartData.Cell cell) {
        return cell.state() == null || cell.state() == PointState.REPORTED ? PointState.BLANK : cell.state();
    }

    private static double stateCode(ChartData.Cell cell) {
        return NO_NUMBER - STATES.indexOf(state(cell));
    }

    static String word(PointState state) {
        return switch (state) {
            case MISSING -> "缺报";
            case BLANK -> "空白";
            case TABLE_MISSING -> "缺表";
            case NOT_EXPECTED -> "无需报送（—）";
            case REPORTED -> "已填报";
        };
    }

    /** Numbers from light to dark blue; the negative codes of the states in their own colours. */
    private record ValueScale(double upper) implements PaintScale {

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            if (value < 0) {
                int index = (int) Math.round(NO_NUMBER - value);
                return ChartPalette.state(STATES.get(Math.min(Math.max(index, 0), STATES.size() - 1)));
            }
            return mix(Math.min(1, value / upper));
        }

        /** White text on the darker half of the scale. */
        Color textOn(double value) {
            return value / upper > 0.55 ? Color.WHITE : ChartPalette.TEXT;
        }

        private static Color mix(double share) {
            Color low = ChartPalette.HEAT_LOW;
            Color high = ChartPalette.HEAT_HIGH;
            return new Color(
                    (int) Math.round(low.getRed() + share * (high.getRed() - low.getRed())),
                    (int) Math.round(low.getGreen() + share * (high.getGreen() - low.getGreen())),
                    (int) Math.round(low.getBlue() + share * (high.getBlue() - low.getBlue())));
        }
    }
}
