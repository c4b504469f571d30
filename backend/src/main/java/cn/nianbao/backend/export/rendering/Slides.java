package cn.nianbao.backend.export.rendering;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import cn.nianbao.backend.export.Grid;
import cn.nianbao.backend.export.MeetingPack;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * A meeting pack as PowerPoint (16:9): a title slide; one chart per slide — the title and caption as text, the chart
 * as a PNG drawn at twice its size (sharp when projected; drawn beforehand, see {@code MeetingPacks}; placed by
 * {@link SlidePictures}), its notes and source line in the picture; then the tables
 * as native PowerPoint tables (editable, merged headings as in the template), split over as many slides as they need
 * with the headings repeated, at a font size readable in a meeting room.
 */
public final class Slides {

    private static final Color TEXT = new Color(0x1F, 0x29, 0x33);
    private static final Color MUTED = new Color(0x5F, 0x6B, 0x7A);
    private static final Color ACCENT = new Color(0xB7, 0x1C, 0x1C);
    private static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF1);
    private static final Color BORDER = new Color(0x9A, 0xA5, 0xB1);

    private Slides() {
    }

    public static byte[] pptx(MeetingPack pack) {
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.setPageSize(new Dimension((int) PackLayout.WIDTH, (int) PackLayout.HEIGHT));
            titleSlide(show, pack);
            for (MeetingPack.PackChart chart : pack.charts()) {
                chartSlide(show, chart);
            }
            for (Grid table : pack.tables()) {
                double notes = table.notes().size() * 16.0;
                List<Grid> parts = PackLayout.pages(table, PackLayout.tableArea() - notes);
                for (int i = 0; i < parts.size(); i++) {
                    tableSlide(show, parts.get(i), i == parts.size() - 1 ? table.notes() : List.of());
                }
            }
            show.getProperties().getCoreProperties().setTitle(pack.title());
            show.getProperties().getCoreProperties().setCreator("年报通");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            show.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write slides", e);
        }
    }

    private static void titleSlide(XMLSlideShow show, MeetingPack pack) {
        XSLFSlide slide = show.createSlide();
        text(slide, pack.title(), new Rectangle2D.Double(PackLayout.MARGIN, 170, PackLayout.WIDTH - 2 * PackLayout.MARGIN,
                70), 34, true, TEXT, TextParagraph.TextAlign.CENTER);
        double top = 260;
        for (String line : pack.lines()) {
            text(slide, line, new Rectangle2D.Double(PackLayout.MARGIN, top, PackLayout.WIDTH - 2 * PackLayout.MARGIN,
                    30), 18, false, MUTED, TextParagraph.TextAlign.CENTER);
            top += 32;
        }
    }

    private static void chartSlide(XMLSlideShow show, MeetingPack.PackChart chart) {
        XSLFSlide slide = show.createSlide();
        title(slide, chart.data().title());
        text(slide, chart.data().caption(), new Rectangle2D.Double(PackLayout.MARGIN, PackLayout.BODY_TOP,
                PackLayout.WIDTH - 2 * PackLayout.MARGIN, PackLayout.CAPTION_HEIGHT), 15, false, TEXT,
                TextParagraph.TextAlign.LEFT);
        SlidePictures.add(show, slide, Objects.requireNonNull(chart.png(), "the chart's PNG"),
                PackPages.fit(chart.figure(), PackLayout.BODY_TOP + PackLayout.CAPTION_HEIGHT + 4),
                chart.data().title() + "。" + chart.data().caption());
    }

    private static void tableSlide(XMLSlideShow show, Grid grid, List<String> notes) {
        XSLFSlide slide = show.createSlide();
        title(slide, grid.title());
        XSLFTable table = slide.createTable();
        double[] widths = PackLayout.columnWidths(grid);
        double[] heights = PackLayout.rowHeights(grid);
        double size = PackLayout.fontSize(grid);
        double height = 0;
        for (int r = 0; r < grid.rows().size(); r++) {
            XSLFTableRow row = table.addRow();
            row.setHeight(heights[r]);
            height += heights[r];
            for (int c = 0; c < grid.columns(); c++) {
                Grid.Cell cell = grid.rows().get(r).get(c);
                XSLFTableCell target = row.addCell();
                target.setVerticalAlignment(VerticalAlignment.MIDDLE);
                target.setLeftInset(PackLayout.INSET);
                target.setRightInset(PackLayout.INSET);
                target.setTopInset(PackLayout.INSET / 2);
                target.setBottomInset(PackLayout.INSET / 2);
                for (TableCell.BorderEdge edge : TableCell.BorderEdge.values()) {
                    target.setBorderColor(edge, BORDER);
                    target.setBorderWidth(edge, 0.75);
                }
                if (cell.isHeading() || r < grid.headerRows()) {
                    target.setFillColor(HEADER_FILL);
                }
                target.clearText();
                XSLFTextParagraph paragraph = target.addNewTextParagraph();
                paragraph.setTextAlign(cell.kind() == Grid.Kind.NUMBER ? TextParagraph.TextAlign.RIGHT
                        : cell.isHeading() ? TextParagraph.TextAlign.CENTER : TextParagraph.TextAlign.LEFT);
                if (cell.kind() != Grid.Kind.COVERED) {
                    run(paragraph, PackLayout.text(cell), size, cell.isHeading(), TEXT);
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[c]);
        }
        for (Grid.Merge merge : grid.merges()) {
            table.mergeCells(merge.firstRow(), merge.lastRow(), merge.firstColumn(), merge.lastColumn());
        }
        table.setAnchor(new Rectangle2D.Double(PackLayout.MARGIN, PackLayout.BODY_TOP,
                PackLayout.WIDTH - 2 * PackLayout.MARGIN, height));
        double top = PackLayout.BODY_TOP + height + 6;
        for (String note : notes) {
            text(slide, "注：" + note, new Rectangle2D.Double(PackLayout.MARGIN, top,
                    PackLayout.WIDTH - 2 * PackLayout.MARGIN, 16), 10, false, MUTED, TextParagraph.TextAlign.LEFT);
            top += 16;
        }
    }

    private static void title(XSLFSlide slide, String title) {
        text(slide, title, new Rectangle2D.Double(PackLayout.MARGIN, PackLayout.TITLE_TOP,
                PackLayout.WIDTH - 2 * PackLayout.MARGIN, PackLayout.TITLE_HEIGHT), 24, true, ACCENT,
                TextParagraph.TextAlign.LEFT);
    }

    private static void text(XSLFSlide slide, String text, Rectangle2D anchor, double size, boolean bold, Color color,
                             TextParagraph.TextAlign align) {
        XSLFTextBox box = slide.createTextBox();
        box.clearText();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.setInsets(new org.apache.poi.sl.usermodel.Insets2D(0, 0, 0, 0));
        XSLFTextParagraph paragraph = box.addNewTextParagraph();
        paragraph.setTextAlign(align);
        run(paragraph, text, size, bold, color);
    }

    private static void run(XSLFTextParagraph paragraph, String text, double size, boolean bold, Color color) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(color);
        run.setFontFamily(OfficeFonts.LATIN, FontGroup.LATIN);
        run.setFontFamily(OfficeFonts.EAST_ASIAN, FontGroup.EAST_ASIAN);
    }
}
