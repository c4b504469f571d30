package cn.nianbao.backend.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as every export file draws it: a rectangle of cells, the first {@code headerRows} of them headings, with
 * merged ranges as the national template prints them. Every writer (XLSX, CSV, DOCX, PPTX, PDF) takes this and
 * nothing else, so the roll-up reads the same in every file. A cell covered by a merge (not its top-left) is
 * {@link Cell#COVERED}.
 *
 * @param title   the table's heading (表三 收到和处理政府信息公开申请情况)
 * @param widths  relative column widths (characters)
 * @param notes   sentences printed under the table
 * @param cellNotes what the cells' notes say, as the heading of the column a CSV lists them in (the roll-up: the
 *                  bodies that printed a cell blank); null for a grid whose cells carry no notes
 */
public record Grid(String title, int headerRows, List<List<Cell>> rows, List<Merge> merges, List<Integer> widths,
                   List<String> notes, String cellNotes) {

    public Grid {
        rows = rows.stream().map(List::copyOf).toList();
        merges = List.copyOf(merges);
        widths = List.copyOf(widths);
        notes = List.copyOf(notes);
        for (List<Cell> row : rows) {
            if (row.size() != widths.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells in a grid of " + widths.size());
            }
        }
    }

    public int columns() {
        return widths.size();
    }

    /** The merge whose top-left cell is here, or null. */
    public Merge mergeAt(int row, int column) {
        return merges.stream().filter(m -> m.firstRow() == row && m.firstColumn() == column).findFirst().orElse(null);
    }

    /** The merge this cell lies in, or null. */
    public Merge covering(int row, int column) {
        return merges.stream().filter(m -> row >= m.firstRow() && row <= m.lastRow() && column >= m.firstColumn()
                && column <= m.lastColumn()).findFirst().orElse(null);
    }

    /** The cell that shows here: the top-left cell of the merge covering it, or the cell itself. */
    public Cell shown(int row, int column) {
        Merge merge = covering(row, column);
        return merge == null ? rows.get(row).get(column) : rows.get(merge.firstRow()).get(merge.firstColumn());
    }

    /**
     * The rows {@code from} (inclusive) to {@code to} (exclusive) of the body under the same headings, merges cut at
     * the edges (a label merged down over the cut is printed again on the next part): for tables split over slides.
     */
    public Grid part(int from, int to, String partTitle) {
        List<List<Cell>> kept = new ArrayList<>(rows.subList(0, headerRows));
        List<Merge> cut = new ArrayList<>();
        for (Merge merge : merges) {
            if (merge.lastRow() < headerRows) {
                cut.add(merge);
            }
        }
        int first = headerRows + from;
        int last = headerRows + to - 1;
        List<List<Cell>> body = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            body.add(new ArrayList<>(rows.get(r)));
        }
        for (Merge merge : merges) {
            if (merge.lastRow() < first || merge.firstRow() > last || merge.firstRow() < headerRows) {
                continue;
            }
            int top = Math.max(merge.firstRow(), first);
            int bottom = Math.min(merge.lastRow(), last);
            if (top != merge.firstRow()) {
                body.get(top - first).set(merge.firstColumn(), rows.get(merge.firstRow()).get(merge.firstColumn()));
            }
            if (top != bottom || merge.firstColumn() != merge.lastColumn()) {
                cut.add(new Merge(top - first + headerRows, bottom - first + headerRows, merge.firstColumn(),
                        merge.lastColumn()));
            }
        }
        kept.addAll(body);
        return new Grid(partTitle, headerRows, kept, cut, widths, List.of(), cellNotes);
    }

    public int bodyRows() {
        return rows.size() - headerRows;
    }

    /** A merged range, rows and columns inclusive, counted from the grid's first row. */
    public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    /**
     * One cell: a heading or label ({@code text}), a number ({@code number} with its {@code format}), or an empty
     * cell. {@code note} is a remark on the cell (“2 空白”: bodies that printed it blank), {@code indent} the label's
     * level.
     */
    public record Cell(Kind kind, String text, BigDecimal number, NumberFormat format, String note, int indent) {

        /** Part of a merge, drawn by the merge's first cell. */
        public static final Cell COVERED = new Cell(Kind.COVERED, "", null, null, null, 0);

        public static Cell heading(String text) {
            return new Cell(Kind.HEADING, text, null, null, null, 0);
        }

        public static Cell label(String text) {
            return new Cell(Kind.LABEL, text, null, null, null, 0);
        }

        public static Cell label(String text, int indent) {
            return new Cell(Kind.LABEL, text, null, null, null, indent);
        }

        public static Cell text(String text) {
            return new Cell(Kind.TEXT, text == null ? "" : text, null, null, null, 0);
        }

        /** A number, or an empty cell for null (a blank stays blank). */
        public static Cell number(Number value, NumberFormat format, String note) {
            BigDecimal decimal = value == null ? null
                    : value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
            return new Cell(Kind.NUMBER, decimal == null ? "" : format.print(decimal), decimal, format, note, 0);
        }

        public static Cell number(Number value, NumberFormat format) {
            return number(value, format, null);
        }

        public boolean isHeading() {
            return kind == Kind.HEADING;
        }

        /** What a reader of a plain text file sees: the printed number, or the words. */
        public String printed() {
            return text;
        }
    }

    public enum Kind { HEADING, LABEL, TEXT, NUMBER, COVERED }

    /** How a number prints: whole counts, 万元 with up to four decimals, rates as percentages. */
    public enum NumberFormat {
        COUNT("0"),
        AMOUNT("0.00##"),
        PERCENT("0.0%");

        private final String excel;

        NumberFormat(String excel) {
            this.excel = excel;
        }

        /** The spreadsheet format code. */
        public String excel() {
            return excel;
        }

        public String print(BigDecimal value) {
            java.text.DecimalFormat format = new java.text.DecimalFormat(excel,
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            return format.format(value);
        }
    }
}
