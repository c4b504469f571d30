package cn.nianbao.backend.export.rendering;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.nianbao.backend.export.ExportDocument;
import cn.nianbao.backend.export.Grid;

/**
 * A document as CSV (RFC 4180) in UTF-8 with a byte-order mark, so that Excel opens the Chinese right: the title and
 * lines, then each grid under its title with a blank line between, merged headings written once in their first cell.
 * A text that begins like a formula (= + - @) is prefixed with ' so that a spreadsheet shows it instead of running it.
 */
public final class CsvFiles {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFiles() {
    }

    public static byte[] csv(ExportDocument document) {
        StringBuilder out = new StringBuilder();
        line(out, List.of(defused(document.title())));
        document.lines().forEach(line -> line(out, List.of(defused(line))));
        for (Grid grid : document.grids()) {
            out.append("\r\n");
            line(out, List.of(defused(grid.title())));
            for (List<Grid.Cell> row : grid.rows()) {
                line(out, row.stream().map(CsvFiles::field).toList());
            }
            grid.notes().forEach(note -> line(out, List.of("注：" + note)));
        }
        if (!document.notes().isEmpty()) {
            out.append("\r\n");
            document.notes().forEach(note -> line(out, List.of("注：" + note)));
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    private static String field(Grid.Cell cell) {
        return switch (cell.kind()) {
            case NUMBER -> cell.number() == null ? "" : cell.number().toPlainString();
            case COVERED -> "";
            default -> defused(cell.text());
        };
    }

    static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        out.append("\r\n");
    }
}
