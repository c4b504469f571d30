package cn.nianbao.backend.export.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import cn.nianbao.backend.chart.rendering.ChartFonts;
import cn.nianbao.backend.export.ExportDocument;
import cn.nianbao.backend.export.Grid;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A document as Word, laid out like the official form so that it can go into a city's own annual report: A4, the
 * title centred, each table under its heading with the template's merged headings (gridSpan across, vMerge down),
 * numbers right-aligned, an empty figure left empty, the notes under the tables. The Chinese is set in the shipped
 * font, embedded (see {@link WordFonts}), so the form reads right on a machine without a Chinese font.
 */
public final class WordDocuments {

    /** A4 in twentieths of a point, with 2 cm margins. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    private WordDocuments() {
    }

    public static byte[] docx(ExportDocument document) {
        try (XWPFDocument word = new XWPFDocument()) {
            page(word);
            paragraph(word, document.title(), 16, true, ParagraphAlignment.CENTER);
            for (String line : document.lines()) {
                paragraph(word, line, 10, false, ParagraphAlignment.CENTER);
            }
            for (Grid grid : document.grids()) {
                paragraph(word, grid.title(), 12, true, ParagraphAlignment.LEFT);
                table(word, grid);
                for (String note : grid.notes()) {
                    paragraph(word, "注：" + note, 9, false, ParagraphAlignment.LEFT);
                }
            }
            if (!document.notes().isEmpty()) {
                paragraph(word, "说明：", 10, true, ParagraphAlignment.LEFT);
                for (String note : document.notes()) {
                    paragraph(word, note, 10, false, ParagraphAlignment.LEFT);
                }
            }
            WordFonts.embed(word);
            word.getProperties().getCoreProperties().setTitle(document.title());
            word.getProperties().getCoreProperties().setCreator("年报通");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Word document", e);
        }
    }

    private static void page(XWPFDocument word) {
        CTSectPr section = word.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
    }

    private static void paragraph(XWPFDocument word, String text, double size, boolean bold,
                                  ParagraphAlignment alignment) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(80);
        run(paragraph, text, size, bold);
    }

    private static void run(XWPFParagraph paragraph, String text, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(OfficeFonts.LATIN, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(OfficeFonts.LATIN, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(ChartFonts.FAMILY, XWPFRun.FontCharRange.eastAsia);
    }

    private static void table(XWPFDocument word, Grid grid) {
        int columns = grid.columns();
        int total = grid.widths().stream().mapToInt(Integer::intValue).sum();
        int[] widths = grid.widths().stream().mapToInt(w -> w * TEXT_WIDTH / total).toArray();
        XWPFTable table = word.createTable();
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth(TEXT_WIDTH);
        table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.DXA);
        CTTblGrid tblGrid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (tblGrid.sizeOfGridColArray() > 0) {
            tblGrid.removeGridCol(0);
        }
        for (int width : widths) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        double size = columns > 10 ? 7.5 : 9;
        for (int r = 0; r < grid.rows().size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            if (r < grid.headerRows()) {
                row.setRepeatHeader(true);
            }
            int c = 0;
            while (c < columns) {
                Grid.Merge merge = grid.covering(r, c);
                int span = merge == null ? 1 : merge.lastColumn() - merge.firstColumn() + 1;
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int width = 0;
                for (int i = c; i < c + span; i++) {
                    width += widths[i];
                }
                properties.addNewTcW().setW(BigInteger.valueOf(width));
                properties.getTcW().setType(STTblWidth.DXA);
                properties.addNewVAlign().setVal(STVerticalJc.CENTER);
                if (span > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                boolean starts = merge == null || merge.firstRow() == r;
                if (merge != null && merge.lastRow() > merge.firstRow()) {
                    properties.addNewVMerge().setVal(starts ? STMerge.RESTART : STMerge.CONTINUE);
                }
                XWPFParagraph paragraph = cell.getParagraphs().getFirst();
                paragraph.setSpacingAfter(0);
                Grid.Cell content = grid.rows().get(r).get(merge == null ? c : merge.firstColumn());
                if (starts) {
                    paragraph.setAlignment(content.kind() == Grid.Kind.NUMBER ? ParagraphAlignment.RIGHT
                            : content.isHeading() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                    String text = content.kind() == Grid.Kind.COVERED ? "" : content.printed()
                            + (content.note() == null ? "" : "（" + content.note() + "）");
                    run(paragraph, text, size, content.isHeading());
                }
                if (content.isHeading()) {
                    cell.setColor("E8E8E8");
                }
                c += span;
            }
        }
        word.createParagraph().setSpacingAfter(0);
    }
}
