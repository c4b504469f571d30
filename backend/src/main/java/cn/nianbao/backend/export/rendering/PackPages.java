package cn.nianbao.backend.export.rendering;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.chart.rendering.ChartFiles;
import cn.nianbao.backend.chart.rendering.ChartFonts;
import cn.nianbao.backend.chart.rendering.Figure;
import cn.nianbao.backend.export.Grid;
import cn.nianbao.backend.export.MeetingPack;

/**
 * The same meeting pack as one PDF, page for slide: the charts drawn as vectors (the figure itself, scaled into the
 * page, not a picture of it), the tables drawn cell by cell with their merges, every text in the shipped font
 * embedded in the file (a subset), so it prints sharp and reads right on a machine without any Chinese font.
 */
public final class PackPages {

    private static final Color TEXT = new Color(0x1F, 0x29, 0x33);
    private static final Color MUTED = new Color(0x5F, 0x6B, 0x7A);
    private static final Color ACCENT = new Color(0xB7, 0x1C, 0x1C);
    private static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF1);
    private static final Color BORDER = new Color(0x9A, 0xA5, 0xB1);

    private PackPages() {
    }

    public static byte[] pdf(MeetingPack pack) {
        List<ChartFiles.Page> pages = new ArrayList<>();
        pages.add(page(g2 -> titlePage(g2, pack)));
        for (MeetingPack.PackChart chart : pack.charts()) {
            pages.add(page(g2 -> chartPage(g2, chart)));
        }
        for (Grid table : pack.tables()) {
            List<Grid> parts = PackLayout.pages(table, PackLayout.tableArea() - table.notes().size() * 16.0);
            for (int i = 0; i < parts.size(); i++) {
                Grid part = parts.get(i);
                List<String> notes = i == parts.size() - 1 ? table.notes() : List.of();
                pages.add(page(g2 -> tablePage(g2, part, notes)));
            }
        }
        return ChartFiles.pdf(pages, pack.title(), String.join("｜", pack.lines()));
    }

    /** Where a figure goes under the headings: as large as fits, its proportions kept, centred. */
    static Rectangle2D fit(Figure figure, double top) {
        double width = PackLayout.WIDTH - 2 * PackLayout.MARGIN;
        double height = PackLayout.HEIGHT - top - PackLayout.MARGIN / 2;
        double scale = Math.min(width / figure.width(), height / figure.height());
        double w = figure.width() * scale;
        double h = figure.height() * scale;
        return new Rectangle2D.Double(PackLayout.MARGIN + (width - w) / 2, top, w, h);
    }

    private static ChartFiles.Page page(java.util.function.Consumer<Graphics2D> drawing) {
        return new ChartFiles.Page((float) PackLayout.WIDTH, (float) PackLayout.HEIGHT, g2 -> {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setColor(Color.WHITE);
            g2.fill(new Rectangle2D.Double(0, 0, PackLayout.WIDTH, PackLayout.HEIGHT));
            drawing.accept(g2);
        });
    }

    private static void titlePage(Graphics2D g2, MeetingPack pack) {
        double width = PackLayout.WIDTH - 2 * PackLayout.MARGIN;
        text(g2, pack.title(), ChartFonts.bold(34f), TEXT, PackLayout.MARGIN, 170, width, true);
        double top = 260;
        for (String line : pack.lines()) {
            text(g2, line, ChartFonts.plain(18f), MUTED, PackLayout.MARGIN, top, width, true);
            top += 32;
        }
    }

    private static void chartPage(Graphics2D g2, MeetingPack.PackChart chart) {
        title(g2, chart.data().title());
        text(g2, chart.data().caption(), ChartFonts.plain(15f), TEXT, PackLayout.MARGIN, PackLayout.BODY_TOP,
                PackLayout.WIDTH - 2 * PackLayout.MARGIN, false);
        Figure figure = chart.figure();
        Rectangle2D box = fit(figure, PackLayout.BODY_TOP + PackLayout.CAPTION_HEIGHT + 4);
        AffineTransform saved = g2.getTransform();
        g2.translate(box.getX(), box.getY());
        g2.scale(box.getWidth() / figure.width(), box.getHeight() / figure.height());
        figure.draw(g2);
        g2.setTransform(saved);
    }

    private static void tablePage(Graphics2D g2, Grid grid, List<String> notes) {
        title(g2, grid.title());
        double[] widths = PackLayout.columnWidths(grid);
        double[] heights = PackLayout.rowHeights(grid);
        double[] xs = new double[widths.length + 1];
        double[] ys = new double[heights.length + 1];
        xs[0] = PackLayout.MARGIN;
        for (int c = 0; c < widths.length; c++) {
            xs[c + 1] = xs[c] + widths[c];
        }
        ys[0] = PackLayout.BODY_TOP;
        for (int r = 0; r < heights.length; r++) {
            ys[r + 1] = ys[r] + heights[r];
        }
        float size = (float) PackLayout.fontSize(grid);
        for (int r = 0; r < heights.length; r++) {
            for (int c = 0; c < widths.length; c++) {
                Grid.Cell cell = grid.rows().get(r).get(c);
                if (cell.kind() == Grid.Kind.COVERED && inside(grid, r, c)) {
                    continue;
                }
                Grid.Merge merge = grid.mergeAt(r, c);
                int lastRow = merge == null ? r : merge.lastRow();
                int lastColumn = merge == null ? c : merge.lastColumn();
                Rectangle2D box = new Rectangle2D.Double(xs[c], ys[r], xs[lastColumn + 1] - xs[c],
                        ys[lastRow + 1] - ys[r]);
                if (cell.isHeading() || r < grid.headerRows()) {
                    g2.setColor(HEADER_FILL);
                    g2.fill(box);
                }
                g2.setColor(BORDER);
                g2.setStroke(new java.awt.BasicStroke(0.75f));
                g2.draw(box);
                if (cell.kind() != Grid.Kind.COVERED) {
                    cellText(g2, cell, box, cell.isHeading() ? ChartFonts.bold(size) : ChartFonts.plain(size));
                }
            }
        }
        double top = ys[heights.length] + 6;
        for (String note : notes) {
            text(g2, "注：" + note, ChartFonts.plain(10f), MUTED, PackLayout.MARGIN, top,
                    PackLayout.WIDTH - 2 * PackLayout.MARGIN, false);
            top += 16;
        }
    }

    /** Whether a covered cell lies in a merge (it is drawn with it) rather than being an empty cell of its own. */
    private static boolean inside(Grid grid, int row, int column) {
        return grid.merges().stream().anyMatch(m -> row >= m.firstRow() && row <= m.lastRow()
                && column >= m.firstColumn() && column <= m.lastColumn());
    }

    private static void cellText(Graphics2D g2, Grid.Cell cell, Rectangle2D box, Font font) {
        g2.setFont(font);
        g2.setColor(TEXT);
        FontMetrics metrics = g2.getFontMetrics();
        List<String> lines = wrap(PackLayout.text(cell), metrics, box.getWidth() - 2 * PackLayout.INSET);
        double lineHeight = font.getSize2D() * PackLayout.LINE;
        double y = box.getCenterY() - lines.size() * lineHeight / 2 + metrics.getAscent()
                + (lineHeight - metrics.getHeight()) / 2;
        for (String line : lines) {
            double w = metrics.stringWidth(line);
            double x = cell.kind() == Grid.Kind.NUMBER ? box.getMaxX() - PackLayout.INSET - w
                    : cell.isHeading() ? box.getCenterX() - w / 2 : box.getX() + PackLayout.INSET;
            g2.drawString(line, (float) x, (float) y);
            y += lineHeight;
        }
    }

    private static void title(Graphics2D g2, String title) {
        g2.setColor(ACCENT);
        text(g2, title, ChartFonts.bold(24f), ACCENT, PackLayout.MARGIN, PackLayout.TITLE_TOP,
                PackLayout.WIDTH - 2 * PackLayout.MARGIN, false);
        g2.setColor(BORDER);
        double y = PackLayout.TITLE_TOP + PackLayout.TITLE_HEIGHT;
        g2.draw(new Line2D.Double(PackLayout.MARGIN, y, PackLayout.WIDTH - PackLayout.MARGIN, y));
    }

    private static void text(Graphics2D g2, String text, Font font, Color color, double x, double top, double width,
                             boolean centred) {
        g2.setFont(font);
        g2.setColor(color);
        FontMetrics metrics = g2.getFontMetrics();
        double y = top + metrics.getAscent();
        for (String line : wrap(text, metrics, width)) {
            double w = metrics.stringWidth(line);
            g2.drawString(line, (float) (centred ? x + (width - w) / 2 : x), (float) y);
            y += metrics.getHeight();
        }
    }

    /** Breaks between any two characters (Chinese has no spaces to break at). */
    static List<String> wrap(String text, FontMetrics metrics, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            line.append(text.charAt(i));
            if (metrics.stringWidth(line.toString()) > width && line.length() > 1) {
                line.setLength(line.length() - 1);
                lines.add(line.toString());
                line.setLength(0);
                line.append(text.charAt(i));
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
