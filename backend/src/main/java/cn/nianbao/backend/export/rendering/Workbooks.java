package cn.nianbao.backend.export.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.backend.export.ExportDocument;
import cn.nianbao.backend.export.Grid;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A document as an Excel workbook, one sheet per grid: the title and lines on top, the grid with its merged headings
 * and borders, its notes under it. Numbers are numeric cells with a number format (so they add up in Excel), an
 * empty figure is an empty cell — never 0 — and a cell some bodies printed blank has a comment saying how many.
 */
public final class Workbooks {

    private static final int CHARACTER = 256;
    private static final float LINE_HEIGHT = 14f;

    private Workbooks() {
    }

    public static byte[] xlsx(ExportDocument document) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            boolean first = true;
            for (Grid grid : document.grids()) {
                XSSFSheet sheet = workbook.createSheet(sheetName(grid.title(), names));
                write(sheet, styles, document, grid, first);
                first = false;
            }
            workbook.getProperties().getCoreProperties().setTitle(document.title());
            workbook.getProperties().getCoreProperties().setCreator("年报通");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write workbook", e);
        }
    }

    private static void write(XSSFSheet sheet, Styles styles, ExportDocument document, Grid grid,
                              boolean withNotes) {
        int columns = grid.columns();
        int r = 0;
        r = line(sheet, r, document.title(), styles.title, columns);
        for (String line : document.lines()) {
            r = line(sheet, r, line, styles.muted, columns);
        }
        r = line(sheet, r, grid.title(), styles.heading, columns);
        int top = r;
        XSSFDrawing drawing = null;
        for (int g = 0; g < grid.rows().size(); g++) {
            List<Grid.Cell> cells = grid.rows().get(g);
            XSSFRow row = sheet.createRow(r);
            // Excel and LibreOffice do not grow a row for wrapped text on opening: its height is set here
            row.setHeightInPoints(lines(grid, g) * LINE_HEIGHT + 4);
            for (int c = 0; c < columns; c++) {
                Grid.Cell cell = cells.get(c);
                XSSFCell target = row.createCell(c);
                target.setCellStyle(styles.of(cell));
                switch (cell.kind()) {
                    case NUMBER -> {
                        if (cell.number() != null) {
                            target.setCellValue(cell.number().doubleValue());
                        }
                    }
                    case COVERED -> { }
                    default -> target.setCellValue(cell.text());
                }
                if (cell.note() != null) {
                    if (drawing == null) {
                        drawing = sheet.createDrawingPatriarch();
                    }
                    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, c + 1, r, c + 3, r + 2);
                    anchor.setAnchorType(ClientAnchor.AnchorType.DONT_MOVE_AND_RESIZE);
                    var comment = drawing.createCellComment(anchor);
                    comment.setString(new XSSFRichTextString(cell.note() + "（空白不计入合计）"));
                    comment.setAuthor("年报通");
                    target.setCellComment(comment);
                }
            }
            r++;
        }
        for (Grid.Merge merge : grid.merges()) {
            sheet.addMergedRegion(new CellRangeAddress(top + merge.firstRow(), top + merge.lastRow(),
                    merge.firstColumn(), merge.lastColumn()));
        }
        sheet.createFreezePane(0, top + grid.headerRows());
        List<String> notes = new java.util.ArrayList<>(grid.notes());
        if (withNotes) {
            notes.addAll(document.notes());
        }
        if (!notes.isEmpty()) {
            r = line(sheet, r + 1, "注：", styles.muted, columns);
            for (String note : notes) {
                r = line(sheet, r, note, styles.muted, columns);
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(255, grid.widths().get(c) * 2) * CHARACTER);
        }
        sheet.getPrintSetup().setLandscape(columns > 6);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** The lines the row's longest text wraps to in its column (or merged columns) at the sheet's widths. */
    private static int lines(Grid grid, int row) {
        int lines = 1;
        for (int c = 0; c < grid.columns(); c++) {
            Grid.Cell cell = grid.rows().get(row).get(c);
            Grid.Merge merge = grid.mergeAt(row, c);
            if (cell.kind() == Grid.Kind.COVERED || merge != null && merge.lastRow() > merge.firstRow()) {
                continue;
            }
            int last = merge == null ? c : merge.lastColumn();
            double width = 0;
            for (int i = c; i <= last; i++) {
                width += grid.widths().get(i) * 2;
            }
            double text = 0;
            for (char ch : cell.printed().toCharArray()) {
                text += ch < 0x2E80 ? 1.1 : 2.1;
            }
            lines = Math.max(lines, (int) Math.ceil(text / Math.max(1, width - 1)));
        }
        return lines;
    }

    private static int line(XSSFSheet sheet, int r, String text, XSSFCellStyle style, int columns) {
        XSSFCell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        }
        return r + 1;
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook. */
    static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title.replaceAll("^[一二三四五六七八九十]+、", ""));
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base.substring(0, Math.min(base.length(), 28)) + "（" + n + "）";
        }
        return name;
    }

    /** The few styles a workbook needs, made once (a workbook holds at most 64,000). */
    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle heading;
        final XSSFCellStyle muted;
        final XSSFCellStyle header;
        final XSSFCellStyle label;
        final XSSFCellStyle text;
        final Map<Grid.NumberFormat, XSSFCellStyle> numbers = new EnumMap<>(Grid.NumberFormat.class);
        final Map<Integer, XSSFCellStyle> indented = new java.util.HashMap<>();
        private final XSSFWorkbook workbook;
        private final XSSFFont plain;

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            plain = font(workbook, 10.5, false);
            title = style(font(workbook, 14, true), false);
            heading = style(font(workbook, 11, true), false);
            muted = style(plain, false);
            header = bordered(font(workbook, 10.5, true), HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            label = bordered(plain, HorizontalAlignment.LEFT);
            text = bordered(plain, HorizontalAlignment.LEFT);
            for (Grid.NumberFormat format : Grid.NumberFormat.values()) {
                XSSFCellStyle style = bordered(plain, HorizontalAlignment.RIGHT);
                style.setDataFormat(workbook.createDataFormat().getFormat(format.excel()));
                numbers.put(format, style);
            }
        }

        XSSFCellStyle of(Grid.Cell cell) {
            return switch (cell.kind()) {
                case HEADING -> header;
                case LABEL -> cell.indent() <= 0 ? label : indented.computeIfAbsent(cell.indent(), level -> {
                    XSSFCellStyle style = bordered(plain, HorizontalAlignment.LEFT);
                    style.setIndention((short) Math.min(level, 10));
                    return style;
                });
                case TEXT, COVERED -> text;
                case NUMBER -> numbers.get(cell.format() == null ? Grid.NumberFormat.COUNT : cell.format());
            };
        }

        private XSSFCellStyle style(XSSFFont font, boolean wrap) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setWrapText(wrap);
            return style;
        }

        private XSSFCellStyle bordered(XSSFFont font, HorizontalAlignment alignment) {
            XSSFCellStyle style = style(font, true);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        private static XSSFFont font(XSSFWorkbook workbook, double size, boolean bold) {
            XSSFFont font = workbook.createFont();
            font.setFontName(OfficeFonts.EAST_ASIAN);
            font.setCharSet(OfficeFonts.GB2312);
            font.setFontHeight(size);
            font.setBold(bold);
            return font;
        }
    }
}
