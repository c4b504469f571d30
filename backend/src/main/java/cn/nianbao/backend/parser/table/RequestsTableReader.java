package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.parser.finding.FindingCode;
import cn.nianbao.backend.parser.finding.Findings;
import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.TextNormalizer;
import cn.nianbao.backend.parser.text.Token;

/**
 * Reads 表三 (收到和处理政府信息公开申请情况): by labels when labels and numbers stay together, otherwise by the order
 * of the numbers, which always follows the template. Glued digits are cut with the table's sum rules; in laid-out
 * text a row printing fewer numbers than columns is placed by the columns of the full rows (blank cells print
 * nothing there).
 */
public final class RequestsTableReader {

    private static final String TABLE = "表三（收到和处理政府信息公开申请情况）";
    private static final int WIDTH = RequestTemplate.COLUMNS;
    /** Words of the table's own header: the table starts at the first of them, after any prose of its section. */
    private static final String[] HEADER_WORDS = {"申请人情况", "勾稽关系", "自然人", "本年新收"};

    private RequestsTableReader() {
    }

    /** The rows as printed, or null (with a finding) when the table cannot be read. */
    public static Map<RequestRow, ApplicantCounts> read(List<Line> section, Findings findings) {
        return read(section, findings, false, new RowPlaces());
    }

    /**
     * @param confirmAll whether every value must be confirmed by the identities (values read by OCR: a misread digit
     *                   breaks them)
     * @param places     where the rows of the copy kept were read is recorded here
     */
    public static Map<RequestRow, ApplicantCounts> read(List<Line> section, Findings findings, boolean confirmAll,
                                                        RowPlaces places) {
        List<Line> region = TableStart.from(section, HEADER_WORDS);
        RowModeReader.Reading<RequestRow> byLabels =
                RowModeReader.read(region, RequestTemplate.TEMPLATE, RequestRow.NEW_RECEIVED);
        TableCopies.Chosen<RequestRow> chosenCopies =
                TableCopies.choose(byLabels, RequestsTableReader::complete, () -> byOrder(region));
        List<Map<RequestRow, List<Token>>> copies = chosenCopies == null ? null : chosenCopies.copies();
        if (copies == null && TableStart.printsNoNumbers(section, HEADER_WORDS)) {
            return blank(region);
        }
        if (copies == null) {
            findings.add(FindingCode.TABLE_MISSING, Severity.ERROR,
                    TABLE + "的数字无法与行对应，无法可靠读取", List.of("requests"));
            places.recordTable("requests", section);
            return null;
        }
        List<List<Token>> rows = copies.stream().flatMap(c -> c.values().stream()).toList();
        Placement placement = new Placement(ColumnPlacement.learn(rows, WIDTH),
                GridColumns.learn(rows, WIDTH, region, "总计", "合计"), CellReading.laidOut(region),
                chosenCopies.byOrder() || confirmAll);
        List<Map<RequestRow, List<CellReading>>> readings = copies.stream().map(copy -> cells(copy, placement)).toList();
        int chosen = TableCopies.firstComplete(copies, RequestsTableReader::complete);
        TableCopies.report(TABLE, readings, chosen, RequestsTableReader::path, findings);
        Map<RequestRow, List<CellReading>> table = readings.get(chosen);
        places.record(copies.get(chosen), region, RequestsTableReader::rowPath, RequestTemplate.TEMPLATE::label,
                RequestsTableReader::path, WIDTH);
        reportMissingRows(table, findings);
        return counts(table, findings);
    }

    /** Every cell of the table printed blank; （六） as printed, split unless only the single row shows. */
    private static Map<RequestRow, ApplicantCounts> blank(List<Line> region) {
        StringBuilder text = new StringBuilder();
        region.forEach(line -> text.append(line.compact()));
        boolean single = !printsSplitRows(region) && text.toString().contains("其他处理");
        Map<RequestRow, ApplicantCounts> rows = new EnumMap<>(RequestRow.class);
        (single ? RequestTemplate.UNSPLIT_LAYOUT : RequestTemplate.SPLIT_LAYOUT)
                .forEach(row -> rows.put(row, ApplicantCounts.BLANK));
        return rows;
    }

    private static boolean complete(Map<RequestRow, List<Token>> copy) {
        return copy.keySet().containsAll(RequestTemplate.SPLIT_LAYOUT)
                || copy.keySet().containsAll(RequestTemplate.UNSPLIT_LAYOUT);
    }

    /** Rows by the order of the numbers alone: 25 rows (（六） split) or 23 rows (（六） as one), once or repeated. */
    private static List<Map<RequestRow, List<Token>>> byOrder(List<Line> region) {
        List<List<Token>> rows = gridValueRows(region);
        if (rows != null) {
            List<RequestRow> labels = detachedLabels(region);
            if (!labels.isEmpty()) {
                return pairedInOrder(labels, rows);
            }
        } else {
            rows = SequenceReader.rows(region, WIDTH);
        }
        if (rows == null || rows.isEmpty()) {
            return null;
        }
        int split = RequestTemplate.SPLIT_LAYOUT.size();
        int unsplit = RequestTemplate.UNSPLIT_LAYOUT.size();
        boolean splitPrinted = printsSplitRows(region);
        List<RequestRow> layout;
        if (rows.size() % split == 0 && (rows.size() % unsplit != 0 || splitPrinted)) {
            layout = RequestTemplate.SPLIT_LAYOUT;
        } else if (rows.size() % unsplit == 0 && !splitPrinted) {
            // 23 rows are the single-（六） layout only if the split rows are not printed (25 rows less two lost ones)
            layout = RequestTemplate.UNSPLIT_LAYOUT;
        } else {
            return null;
        }
        if (!rowSumsMostlyHold(rows, layout)) {
            return null;
        }
        List<Map<RequestRow, List<Token>>> copies = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += layout.size()) {
            Map<RequestRow, List<Token>> copy = new LinkedHashMap<>();
            for (int r = 0; r < layout.size(); r++) {
                copy.put(layout.get(r), rows.get(start + r));
            }
            copies.add(copy);
        }
        return copies;
    }

    /**
     * The rows named by label-only rows of a real table (a converter printed the labels as a table of their own), in
     * order; empty when there are none. The k-th label belongs to the k-th value row: the identities cannot tell the
     * outcome rows apart (their sum is the same in any order), the labels can.
     */
    private static List<RequestRow> detachedLabels(List<Line> region) {
        List<RequestRow> labels = new ArrayList<>();
        int last = -1;
        for (Line line : region) {
            boolean values = line.tokens().stream().anyMatch(t -> t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.BLANK);
            if (!line.grid() || values || line.tokens().stream().noneMatch(t -> t.kind() == Token.Kind.TEXT)) {
                continue;
            }
            Optional<RowLabel<RequestRow>> row = RequestTemplate.TEMPLATE.next(line.compact(), last);
            if (row.isPresent() && (!labels.isEmpty() || row.get().row() == RequestRow.NEW_RECEIVED)) {
                // header rows (…总计) come before the first row, 一、本年新收
                labels.add(row.get().row());
                last = row.get().order() - (RequestTemplate.TEMPLATE.isAlternative(row.get()) ? 1 : 0);
            }
        }
        if (labels.contains(RequestRow.OTHER_NO_CORRECTION) || labels.contains(RequestRow.OTHER_OTHER)) {
            labels.remove(RequestRow.OTHER_UNSPLIT); // （六）其他处理 printed above its three sub-rows is their heading
        }
        return labels;
    }

    /** Labels and value rows paired in order, when there are as many of each; null otherwise. */
    private static List<Map<RequestRow, List<Token>>> pairedInOrder(List<RequestRow> labels, List<List<Token>> rows) {
        if (labels.size() != rows.size()) {
            return null;
        }
        Map<RequestRow, List<Token>> copy = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            copy.put(labels.get(i), rows.get(i));
        }
        return List.of(copy);
    }

    /**
     * The value rows of a real table whose labels are not beside their values (a converter put them in a table of
     * their own, or lost them), each placed by grid position; null when the region has no such rows or one of them
     * does not fit the table's columns.
     */
    private static List<List<Token>> gridValueRows(List<Line> region) {
        List<List<Token>> rows = new ArrayList<>();
        for (Line line : region) {
            if (line.grid() && line.tokens().stream().anyMatch(t -> t.kind() == Token.Kind.NUMBER
                    || t.kind() == Token.Kind.BLANK)) {
                rows.add(line.tokens().stream().filter(t -> t.kind() != Token.Kind.TEXT).toList());
            }
        }
        GridColumns columns = GridColumns.learn(rows, WIDTH, region, "总计", "合计");
        if (rows.isEmpty() || columns == null) {
            return null;
        }
        List<List<Token>> placed = new ArrayList<>();
        for (List<Token> row : rows) {
            List<Token> cells = columns.place(row);
            if (cells == null) {
                return null;
            }
            placed.add(cells);
        }
        return placed;
    }

    /**
     * Reading by order ignores the labels, so it must prove itself: in nearly every row the catalogue's row sum (six
     * applicant columns = 总计) holds. Reports do break it now and then; a scrambled reading breaks it almost everywhere.
     */
    private static boolean rowSumsMostlyHold(List<List<Token>> rows, List<RequestRow> layout) {
        int numeric = 0;
        int holding = 0;
        for (int r = 0; r < rows.size(); r++) {
            switch (TableIdentities.rowSum(layout.get(r % layout.size()), CellReading.counts(rows.get(r)))) {
                case HOLDS -> {
                    numeric++;
                    holding++;
                }
                case BROKEN -> numeric++;
                case INCOMPLETE -> { }
            }
        }
        return numeric == 0 || holding * 5 >= numeric * 4;
    }

    private static boolean printsSplitRows(List<Line> region) {
        RowLabel<RequestRow> noCorrection = RequestTemplate.TEMPLATE.label(RequestRow.OTHER_NO_CORRECTION);
        RowLabel<RequestRow> feeUnpaid = RequestTemplate.TEMPLATE.label(RequestRow.OTHER_FEE_UNPAID);
        StringBuilder text = new StringBuilder();
        region.forEach(line -> text.append(line.text()));
        String compact = TextNormalizer.compact(text.toString());
        return noCorrection.matches(compact) || feeUnpaid.matches(compact);
    }

    /**
     * How the values of a row find their columns: laid-out text by the columns of its full rows, a real table by grid
     * position; and whether every cell must be confirmed by the identities (rows placed by the order of the numbers,
     * values read by OCR).
     */
    private record Placement(ColumnPlacement columns, GridColumns grid, boolean laidOut, boolean mustConfirm) {
    }

    private static Map<RequestRow, List<CellReading>> cells(Map<RequestRow, List<Token>> copy, Placement placement) {
        Map<RequestRow, List<CellReading>> cells = new EnumMap<>(RequestRow.class);
        List<ReadingSolver.Part> uncertain = new ArrayList<>();
        copy.forEach((row, tokens) -> {
            int[] rowCells = TableIdentities.requestRow(row);
            if (placement.grid() != null) {
                List<Token> placed = placement.grid().place(tokens);
                if (placed != null && !placement.mustConfirm()) {
                    cells.put(row, placed.stream().map(t -> CellReading.of(t, false)).toList());
                } else {
                    // by order, or a row whose values do not fit the columns: read only where the identities confirm
                    List<long[]> candidates = placed != null ? List.of(CellReading.counts(placed))
                            : GridColumns.placements(tokens, WIDTH);
                    uncertain.add(new ReadingSolver.Part(rowCells, candidates, true));
                }
                return;
            }
            // A short row of laid-out text is placed by column first: a lone large number is not glued digits there.
            List<Token> placed = tokens.size() == WIDTH ? tokens
                    : placement.columns() == null ? null : placement.columns().place(tokens);
            String digits = placed == null ? CellReading.gluedDigits(tokens, WIDTH, placement.laidOut()) : null;
            if (placed != null && placement.mustConfirm()) {
                uncertain.add(new ReadingSolver.Part(rowCells, List.of(CellReading.counts(placed)), true));
            } else if (placed != null) {
                cells.put(row, placed.stream().map(t -> CellReading.of(t, false)).toList());
            } else if (digits != null) {
                GluedDigits.Readings cuts = GluedDigits.cuts(digits, rowCells);
                uncertain.add(cuts == null ? new ReadingSolver.Part(rowCells, List.of(), false)
                        : new ReadingSolver.Part(rowCells, cuts.candidates(), cuts.mustConfirm() || placement.mustConfirm()));
            } else {
                cells.put(row, CellReading.repeat(CellReading.UNREADABLE, WIDTH));
            }
        });
        if (!uncertain.isEmpty()) {
            long[] printed = TableIdentities.unknown();
            cells.forEach((row, readings) -> {
                for (int c = 0; c < WIDTH; c++) {
                    printed[TableIdentities.request(row, c)] = readings.get(c).asLong();
                }
            });
            ReadingSolver.Solution solution = ReadingSolver.solve(printed, uncertain);
            for (ReadingSolver.Part part : uncertain) {
                RequestRow row = RequestRow.values()[part.cells()[0] / WIDTH];
                cells.put(row, CellReading.solved(solution, part.cells()));
            }
        }
        return cells;
    }

    private static void reportMissingRows(Map<RequestRow, List<CellReading>> table, Findings findings) {
        boolean unsplit = table.containsKey(RequestRow.OTHER_UNSPLIT);
        List<RequestRow> layout = unsplit ? RequestTemplate.UNSPLIT_LAYOUT : RequestTemplate.SPLIT_LAYOUT;
        List<String> missing = layout.stream().filter(r -> !table.containsKey(r)).map(RequestRow::code).toList();
        if (!missing.isEmpty()) {
            findings.add(FindingCode.ROW_MISSING, Severity.WARNING,
                    TABLE + "缺少 " + missing.size() + " 行：" + String.join("、", missing.stream()
                            .map(code -> RequestRow.fromCode(code).orElseThrow().label()).toList()),
                    missing.stream().map(code -> "requests." + code).toList());
        }
    }

    private static Map<RequestRow, ApplicantCounts> counts(Map<RequestRow, List<CellReading>> table, Findings findings) {
        Map<RequestRow, ApplicantCounts> rows = new EnumMap<>(RequestRow.class);
        AmbiguousCells ambiguous = new AmbiguousCells();
        table.forEach((row, cells) -> {
            Integer[] values = new Integer[WIDTH];
            List<String> unreadable = new ArrayList<>();
            for (int c = 0; c < WIDTH; c++) {
                CellReading cell = cells.get(c);
                values[c] = cell.asInteger();
                if (cell.state() == CellReading.State.AMBIGUOUS) {
                    ambiguous.add(path(row, c), cell);
                } else if (cell.state() == CellReading.State.UNREADABLE) {
                    unreadable.add(path(row, c));
                }
            }
            if (!unreadable.isEmpty()) {
                findings.add(FindingCode.ROW_UNREADABLE, Severity.ERROR,
                        TABLE + "「" + row.label() + "」一行的数字无法可靠读取，已留空", unreadable);
            }
            rows.put(row, ApplicantCounts.of(values));
        });
        ambiguous.report(TABLE, findings);
        return rows;
    }

    static String path(RequestRow row, int column) {
        return rowPath(row) + "." + ApplicantColumn.values()[column].code();
    }

    private static String rowPath(RequestRow row) {
        return "requests." + row.code();
    }
}
