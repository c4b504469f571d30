package cn.nianbao.backend.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.analytics.Rollup;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ProactiveField;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.export.Grid.Cell;
import cn.nianbao.backend.export.Grid.Merge;
import cn.nianbao.backend.export.Grid.NumberFormat;

/**
 * The roll-up of {@code GET /api/analytics/rollup} laid out as the national template prints its three tables
 * (国办公开办函〔2021〕30号): the same merged headings, the same rows in the same order, the applicant and result
 * columns. Every number is the roll-up's own; a cell no body printed stays empty, and a cell some bodies printed
 * blank carries “n 空白”. Nothing is added up here.
 */
public final class RollupGrids {

    public static final String PROACTIVE_TITLE = "二、主动公开政府信息情况";
    public static final String REQUESTS_TITLE = "三、收到和处理政府信息公开申请情况";
    public static final String REVIEWS_TITLE = "四、政府信息公开行政复议、行政诉讼情况";
    /** The 2019 layout's one-row （六）其他处理 where 2021-layout rows stand beside it. */
    public static final String OTHER_UNSPLIT_LABEL = "其他处理（未分项）";
    /** The CSV's column of the bodies that printed a cell blank (the workbook has a comment, the form a remark). */
    public static final String BLANK_COLUMN = "填空白的机构数";

    private RollupGrids() {
    }

    public static List<Grid> of(Rollup rollup) {
        return List.of(proactive(rollup), requests(rollup), reviews(rollup));
    }

    static Grid proactive(Rollup rollup) {
        Builder grid = new Builder(4);
        for (ProactiveRow.Kind kind : ProactiveRow.Kind.values()) {
            List<ProactiveRow> rows = java.util.Arrays.stream(ProactiveRow.values()).filter(r -> r.kind() == kind)
                    .toList();
            List<ProactiveField> fields = java.util.Arrays.stream(ProactiveField.values())
                    .filter(field -> field.belongsTo(rows.getFirst())).toList();
            grid.row(Cell.heading(rows.getFirst().article()), Cell.COVERED, Cell.COVERED, Cell.COVERED)
                    .merge(0, 3);
            List<Cell> heading = new ArrayList<>(List.of(Cell.heading("信息内容")));
            fields.forEach(field -> heading.add(Cell.heading(field.label())));
            pad(heading, 4);
            grid.row(heading);
            if (fields.size() == 1) {
                grid.merge(1, 3);
            }
            for (ProactiveRow row : rows) {
                List<Cell> cells = new ArrayList<>(List.of(Cell.label(row.label())));
                for (ProactiveField field : fields) {
                    cells.add(value(rollup, "proactive", row.code(), field.code(),
                            field == ProactiveField.AMOUNT_WAN_YUAN ? NumberFormat.AMOUNT : NumberFormat.COUNT));
                }
                pad(cells, 4);
                grid.row(cells);
                if (fields.size() == 1) {
                    grid.merge(1, 3);
                }
            }
        }
        return grid.withBlanks(PROACTIVE_TITLE, 2, List.of(12, 10, 10, 10), missing(rollup, "proactive", "表二"));
    }

    static Grid requests(Rollup rollup) {
        Builder grid = new Builder(10);
        List<Cell> top = new ArrayList<>(List.of(Cell.heading("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"),
                Cell.COVERED, Cell.COVERED, Cell.heading("申请人情况")));
        pad(top, 10);
        grid.row(top).merge(0, 2, 0, 2).merge(0, 0, 3, 9);
        List<Cell> second = new ArrayList<>(List.of(Cell.COVERED, Cell.COVERED, Cell.COVERED,
                Cell.heading(ApplicantColumn.NATURAL_PERSON.label()), Cell.heading("法人或其他组织")));
        pad(second, 9);
        second.add(Cell.heading(ApplicantColumn.TOTAL.label()));
        grid.row(second).merge(1, 2, 3, 3).merge(1, 1, 4, 8).merge(1, 2, 9, 9);
        List<Cell> third = new ArrayList<>(List.of(Cell.COVERED, Cell.COVERED, Cell.COVERED, Cell.COVERED));
        for (ApplicantColumn column : List.of(ApplicantColumn.COMMERCIAL, ApplicantColumn.RESEARCH,
                ApplicantColumn.PUBLIC_INTEREST, ApplicantColumn.LEGAL_SERVICES, ApplicantColumn.OTHER)) {
            third.add(Cell.heading(column.label()));
        }
        third.add(Cell.COVERED);
        grid.row(third);

        Map<String, Map<String, Number>> requests = table(rollup, "requests");
        boolean split = requests.containsKey(RequestRow.OTHER_NO_CORRECTION.code())
                || requests.containsKey(RequestRow.OTHER_FEE_UNPAID.code())
                || requests.containsKey(RequestRow.OTHER_OTHER.code());
        boolean unsplit = requests.containsKey(RequestRow.OTHER_UNSPLIT.code());

        requestRow(grid, rollup, RequestRow.NEW_RECEIVED, Cell.label(RequestRow.NEW_RECEIVED.label()), Cell.COVERED,
                Cell.COVERED);
        grid.merge(0, 2);
        requestRow(grid, rollup, RequestRow.CARRIED_OVER, Cell.label(RequestRow.CARRIED_OVER.label()), Cell.COVERED,
                Cell.COVERED);
        grid.merge(0, 2);
        int outcomesStart = grid.size();
        RequestRow.Group group = null;
        int groupStart = 0;
        for (RequestRow row : RequestRow.values()) {
            if (!row.isOutcome() && row != RequestRow.TOTAL_PROCESSED) {
                continue;
            }
            if (row.group() == RequestRow.Group.OTHER) {
                boolean shown = row == RequestRow.OTHER_UNSPLIT ? unsplit : split || !unsplit;
                if (!shown) {
                    continue;
                }
            }
            Cell first = grid.size() == outcomesStart ? Cell.label("三、本年度办理结果") : Cell.COVERED;
            boolean alone = row.group().label() == null || row.group() == RequestRow.Group.GRANTED
                    || row.group() == RequestRow.Group.PARTIALLY_GRANTED
                    || (row == RequestRow.OTHER_UNSPLIT && !split);
            if (alone) {
                closeGroup(grid, group, groupStart);
                group = null;
                requestRow(grid, rollup, row, first, Cell.label(row.label()), Cell.COVERED);
                grid.merge(1, 2);
                continue;
            }
            Cell groupCell = Cell.COVERED;
            if (row.group() != group) {
                closeGroup(grid, group, groupStart);
                group = row.group();
                groupStart = grid.size();
                groupCell = Cell.label(group.label());
            }
            requestRow(grid, rollup, row, first, groupCell,
                    Cell.label(row == RequestRow.OTHER_UNSPLIT ? OTHER_UNSPLIT_LABEL : row.label()));
        }
        closeGroup(grid, group, groupStart);
        grid.mergeRows(outcomesStart, grid.size() - 1, 0);
        requestRow(grid, rollup, RequestRow.CARRIED_FORWARD, Cell.label(RequestRow.CARRIED_FORWARD.label()),
                Cell.COVERED, Cell.COVERED);
        grid.merge(0, 2);
        List<String> notes = new ArrayList<>(missing(rollup, "requests", "表三"));
        if (unsplit) {
            notes.add(rollup.otherUnsplitBodies() + " 份年报按 2019 年试行格式把（六）其他处理印为一行"
                    + (split ? "，单列为“" + OTHER_UNSPLIT_LABEL + "”" : ""));
        }
        return grid.withBlanks(REQUESTS_TITLE, 3, List.of(5, 8, 24, 6, 6, 6, 7, 7, 5, 6), notes);
    }

    private static void closeGroup(Builder grid, RequestRow.Group group, int start) {
        if (group != null && grid.size() - 1 > start) {
            grid.mergeRows(start, grid.size() - 1, 1);
        }
    }

    private static void requestRow(Builder grid, Rollup rollup, RequestRow row, Cell a, Cell b, Cell c) {
        List<Cell> cells = new ArrayList<>(List.of(a, b, c));
        for (ApplicantColumn column : ApplicantColumn.values()) {
            cells.add(value(rollup, "requests", row.code(), column.code(), NumberFormat.COUNT));
        }
        grid.row(cells);
    }

    static Grid reviews(Rollup rollup) {
        Builder grid = new Builder(15);
        List<Cell> top = new ArrayList<>();
        top.add(Cell.heading(ReviewRow.ADMINISTRATIVE_REVIEW.label()));
        pad(top, 5);
        top.add(Cell.heading("行政诉讼"));
        pad(top, 15);
        grid.row(top).merge(0, 4).merge(5, 14);
        List<Cell> second = new ArrayList<>();
        for (ReviewOutcome outcome : ReviewOutcome.values()) {
            second.add(Cell.heading(outcome.label()));
        }
        second.add(Cell.heading("未经复议直接起诉"));
        pad(second, 10);
        second.add(Cell.heading("复议后起诉"));
        pad(second, 15);
        grid.row(second).merge(5, 9).merge(10, 14);
        for (int column = 0; column < 5; column++) {
            grid.mergeRows(1, 2, column);
        }
        List<Cell> third = new ArrayList<>();
        pad(third, 5);
        for (int twice = 0; twice < 2; twice++) {
            for (ReviewOutcome outcome : ReviewOutcome.values()) {
                third.add(Cell.heading(outcome.label()));
            }
        }
        grid.row(third);
        List<Cell> values = new ArrayList<>();
        for (ReviewRow row : ReviewRow.values()) {
            for (ReviewOutcome outcome : ReviewOutcome.values()) {
                values.add(value(rollup, "reviews", row.code(), outcome.code(), NumberFormat.COUNT));
            }
        }
        grid.row(values);
        return grid.withBlanks(REVIEWS_TITLE, 3, Collections.nCopies(15, 6), missing(rollup, "reviews", "表四"));
    }

    private static Cell value(Rollup rollup, String table, String row, String column, NumberFormat format) {
        Number value = table(rollup, table).getOrDefault(row, Map.of()).get(column);
        Integer blanks = rollup.blank().getOrDefault(table, Map.of()).getOrDefault(row, Map.of()).get(column);
        return Cell.number(value, format, blanks == null || blanks == 0 ? null : blanks + " 空白");
    }

    private static Map<String, Map<String, Number>> table(Rollup rollup, String table) {
        return rollup.report().getOrDefault(table, Map.of());
    }

    private static List<String> missing(Rollup rollup, String table, String label) {
        return rollup.report().containsKey(table) ? List.of()
                : List.of("所汇总的年报都没有" + label + "，表中各格为空");
    }

    private static void pad(List<Cell> cells, int size) {
        while (cells.size() < size) {
            cells.add(Cell.COVERED);
        }
    }

    /** Rows appended one by one; merges name columns of the last row, or rows of one column. */
    static final class Builder {
        private final int columns;
        private final List<List<Cell>> rows = new ArrayList<>();
        private final List<Merge> merges = new ArrayList<>();

        Builder(int columns) {
            this.columns = columns;
        }

        Builder row(Cell... cells) {
            return row(List.of(cells));
        }

        Builder row(List<Cell> cells) {
            if (cells.size() != columns) {
                throw new IllegalArgumentException(cells.size() + " cells in a row of " + columns);
            }
            rows.add(cells);
            return this;
        }

        /** Merges columns {@code first}…{@code last} of the last row. */
        Builder merge(int first, int last) {
            int row = rows.size() - 1;
            merges.add(new Merge(row, row, first, last));
            return this;
        }

        Builder merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            merges.add(new Merge(firstRow, lastRow, firstColumn, lastColumn));
            return this;
        }

        /** Merges one column down rows {@code first}…{@code last}, unless that is one row. */
        void mergeRows(int first, int last, int column) {
            if (last > first) {
                merges.add(new Merge(first, last, column, column));
            }
        }

        int size() {
            return rows.size();
        }

        Grid build(String title, int headerRows, List<Integer> widths, List<String> notes) {
            return new Grid(title, headerRows, rows, merges, widths, notes, null);
        }

        /** A grid whose cells may carry the bodies that printed them blank (“2 空白”). */
        Grid withBlanks(String title, int headerRows, List<Integer> widths, List<String> notes) {
            return new Grid(title, headerRows, rows, merges, widths, notes, BLANK_COLUMN);
        }
    }
}
