package cn.nianbao.backend.chart.rendering;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.chart.ChartData;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.Range;

/**
 * A chart as it goes to a meeting: the title, the one-line caption with its key figure, the chart, its notes and the
 * source line — the same frame for every chart and every file format, so nothing is lost when the chart leaves the
 * page. Long lines wrap at the width (Chinese breaks between characters).
 */
public final class Figure {

    static final int MARGIN = 18;
    private static final double GAP = 6;

    private final ChartData data;
    private final Drawing body;
    private final int width;
    private final int height;
    /** False on a slide, where the title and caption are the slide's own editable text. */
    private final boolean headed;

    Figure(ChartData data, Drawing body, int width, Integer height) {
        this(data, body, width, height, true);
    }

    private Figure(ChartData data, Drawing body, int width, Integer height, boolean headed) {
        this.data = data;
        this.body = body;
        this.width = width;
        this.headed = headed;
        this.height = height != null ? height : naturalHeight();
    }

    /**
     * The same figure without its title and caption (notes and source line stay): for a slide or a page that prints
     * them as text of its own. At most {@code maxHeight} high.
     */
    public Figure withoutHeadings(int maxHeight) {
        Figure natural = new Figure(data, body, width, null, false);
        return natural.height <= maxHeight ? natural : new Figure(data, body, width, maxHeight, false);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public ChartData data() {
        return data;
    }

    /** Draws the whole figure at (0, 0), {@link #width()} × {@link #height()}. */
    public void draw(Graphics2D g2) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setPaint(ChartPalette.BACKGROUND);
        g2.fill(new Rectangle2D.Double(0, 0, width, height));
        double inner = width - 2.0 * MARGIN;
        double top = MARGIN;
        for (TextTitle title : headings()) {
            top += place(g2, title, top, inner) + GAP;
        }
        double bottom = height - MARGIN;
        List<TextTitle> footer = footings();
        for (int i = footer.size() - 1; i >= 0; i--) {
            double lineHeight = measure(g2, footer.get(i), inner);
            bottom -= lineHeight;
            footer.get(i).draw(g2, new Rectangle2D.Double(MARGIN, bottom, inner, lineHeight));
        }
        body.draw(g2, new Rectangle2D.Double(MARGIN, top, inner, Math.max(0, bottom - top - GAP)));
    }

    private int naturalHeight() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            double inner = width - 2.0 * MARGIN;
            double frame = 2.0 * MARGIN + 2 * GAP;
            for (TextTitle title : headings()) {
                frame += measure(g2, title, inner) + GAP;
            }
            for (TextTitle title : footings()) {
                frame += measure(g2, title, inner);
            }
            return (int) Math.ceil(frame + body.preferredHeight(inner));
        } finally {
            g2.dispose();
        }
    }

    private List<TextTitle> headings() {
        if (!headed) {
            return List.of();
        }
        return List.of(text(data.title(), ChartFonts.bold(20f), ChartPalette.TEXT, 0),
                text(data.caption(), ChartFonts.plain(15f), ChartPalette.TEXT, 2));
    }

    private List<TextTitle> footings() {
        List<TextTitle> lines = new ArrayList<>();
        if (!data.notes().isEmpty()) {
            lines.add(text("注：" + String.join("；", data.notes()), ChartFonts.plain(12f), ChartPalette.MUTED_TEXT, 1));
        }
        if (data.source() != null) {
            lines.add(text(data.source(), ChartFonts.plain(12f), ChartPalette.MUTED_TEXT, 3));
        }
        return lines;
    }

    private static TextTitle text(String text, Font font, Paint paint, double spaceAbove) {
        TextTitle title = new TextTitle(text, font, paint, RectangleEdge.TOP, HorizontalAlignment.LEFT,
                VerticalAlignment.TOP, new RectangleInsets(spaceAbove, 0, 1, 0));
        title.setTextAlignment(HorizontalAlignment.LEFT);
        title.setMaximumLinesToDisplay(4);
        return title;
    }

    private static double place(Graphics2D g2, TextTitle title, double top, double width) {
        double lineHeight = measure(g2, title, width);
        title.draw(g2, new Rectangle2D.Double(MARGIN, top, width, lineHeight));
        return lineHeight;
    }

    private static double measure(Graphics2D g2, TextTitle title, double width) {
        RectangleConstraint constraint = new RectangleConstraint(width, new Range(0, width),
                LengthConstraintType.FIXED, 0, null, LengthConstraintType.NONE);
        return title.arrange(g2, constraint).height;
    }
}
