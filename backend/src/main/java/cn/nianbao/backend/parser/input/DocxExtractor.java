package cn.nianbao.backend.parser.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.parser.Deadline;
import cn.nianbao.backend.parser.ParseLimits;
import cn.nianbao.backend.parser.UnreadableDocumentException;
import cn.nianbao.backend.parser.text.Line;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Paragraphs and tables of a DOCX in body order with Apache POI. Merged cells are expanded to a grid: a horizontal
 * merge ({@code gridSpan}) and a vertical continuation ({@code vMerge}) repeat the merged cell, marked as a copy.
 * POI's ZIP guards stop ZIP bombs: a minimum inflate ratio and caps on entry and text size.
 */
public final class DocxExtractor {

    /** POI warns above 10 MiB of text; no report comes near it. */
    private static final long MAX_TEXT_CHARS = 10_000_000;

    private DocxExtractor() {
    }

    public static List<Line> extract(byte[] bytes, ParseLimits limits, Deadline deadline) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(limits.maxDocxUncompressedBytes());
        ZipSecureFile.setMaxTextSize(Math.min(limits.maxDocxUncompressedBytes() / 2, MAX_TEXT_CHARS));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Line> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                deadline.check();
                if (element instanceof XWPFParagraph paragraph) {
                    for (String line : paragraph.getText().split("\r\n|\r|\n|\u000B")) {
                        lines.add(TextLines.line(line));
                    }
                } else if (element instanceof XWPFTable table) {
                    List<List<GridRows.Cell>> grid = grid(table);
                    if (!GridRows.isPlaceholder(grid)) {
                        for (List<GridRows.Cell> row : grid) {
                            lines.add(GridRows.toLine(row));
                        }
                        lines.add(new Line("", List.of()));
                    }
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max") || message.contains("ratio")) {
                throw new UnreadableDocumentException("压缩内容异常（疑似 ZIP 炸弹：解压后过大或压缩比异常）", e);
            }
            throw new UnreadableDocumentException("DOCX 文件损坏或不完整（" + e.getClass().getSimpleName() + "）", e);
        }
    }

    private static List<List<GridRows.Cell>> grid(XWPFTable table) {
        List<List<GridRows.Cell>> grid = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<GridRows.Cell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = gridSpan(properties);
                boolean continuation = properties != null && properties.isSetVMerge()
                        && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
                String text = continuation ? above(grid, cells.size()) : cell.getText();
                for (int i = 0; i < span; i++) {
                    cells.add(new GridRows.Cell(text, continuation || i > 0));
                }
            }
            grid.add(cells);
        }
        return grid;
    }

    private static int gridSpan(CTTcPr properties) {
        if (properties == null || !properties.isSetGridSpan()) {
            return 1;
        }
        BigInteger value = properties.getGridSpan().getVal();
        return value == null ? 1 : Math.clamp(value.intValue(), 1, 100);
    }

    private static String above(List<List<GridRows.Cell>> grid, int column) {
        if (grid.isEmpty()) {
            return "";
        }
        List<GridRows.Cell> previous = grid.getLast();
        return column < previous.size() ? previous.get(column).text() : "";
    }
}
