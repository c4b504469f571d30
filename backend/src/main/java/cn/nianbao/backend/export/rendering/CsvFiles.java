package cn.nianbao.backend.export.rendering;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.backend.export.ExportDocument;
import cn.nianbao.backend.export.Grid;

/**
 * A document as CSV (RFC 4180) in UTF-8 with a byte-order mark, so that Excel opens the Chinese right: the title and
 * lines, then each grid under its title with a blank line between, merged headings written once in their first cell.
 * A text that begins like a formula (= + - @) is prefixed with ' so that a spreadsheet shows it instead of running it.
 * A grid whose cells carry notes (the roll-up: how many bodies printed a cell blank) has one more column, headed in
 * its first row, listing each row's notes as “heading path：note” — the workbook's comments and the form's remarks.
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
            for (int r = 0; r < grid.rows().size(); r++) {
                List<String> fields = new ArrayList<>(grid.rows().get(r).stream().map(CsvFiles::field).toList());
                if (grid.cellNotes() != null) {
                    fields.add(r == 0 ? grid.cellNotes() : notes(grid, r));
                }
                line(out, fields);
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

    /** The notes of a row's cells, each after its column's headings (the nearest heading rows above). */
    private static String notes(Grid grid, int row) {
        List<String> notes = new ArrayList<>();
        for (int c = 0; c < grid.columns(); c++) {
            String note = grid.rows().get(row).get(c).note();
            if (note != null) {
                notes.add(defused(String.join("·", headings(grid, row, c)) + "：" + note));
            }
        }
        return String.join("；", notes);
    }

    private static Set<String> headings(Grid grid, int row, int column) {
        int bottom = row - 1;
        while (bottom >= 0 && !headingRow(grid, bottom)) {
            bottom--;
        }
        int top = bottom;
        while (top > 0 && headingRow(grid, top - 1)) {
            top--;
        }
        Set<String> path = new LinkedHashSet<>();
        for (int r = Math.max(top, 0); r <= bottom; r++) {
            Grid.Cell shown = grid.shown(r, column);
            if (shown.isHeading() && !shown.text().isEmpty()) {
                path.add(shown.text());
            }
        }
        return path;
    }

    private static boolean headingRow(Grid grid, int row) {
        return row < grid.headerRows() || grid.rows().get(row).stream()
                .allMatch(cell -> cell.isHeading() || cell.kind() == Grid.Kind.COVERED);
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
