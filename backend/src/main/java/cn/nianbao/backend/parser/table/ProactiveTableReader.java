package cn.nianbao.backend.parser.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.contract.ProactiveCells;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.parser.finding.FindingCode;
import cn.nianbao.backend.parser.finding.Findings;
import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.Token;

/** Reads 表二 (主动公开政府信息情况) of the 2021 format: by labels, or by the order of its ten numbers. */
public final class ProactiveTableReader {

    private static final String TABLE = "表二（主动公开政府信息情况）";
    private static final String[] HEADER_WORDS = {"第二十条", "信息内容"};

    private ProactiveTableReader() {
    }

    public static Map<ProactiveRow, ProactiveCells> read(List<Line> section, Findings findings) {
        return read(section, findings, new RowPlaces());
    }

    /** @param places where the rows of the copy kept were read is recorded here */
    public static Map<ProactiveRow, ProactiveCells> read(List<Line> section, Findings findings, RowPlaces places) {
        // The table starts at its header, after any prose of its section (本年主动公开信息 1136 条).
        List<Line> region = TableStart.from(section, HEADER_WORDS);
        RowModeReader.Reading<ProactiveRow> byLabels =
                RowModeReader.read(region, ProactiveTemplate.TEMPLATE, ProactiveRow.REGULATIONS);
        TableCopies.Chosen<ProactiveRow> chosenCopies =
                TableCopies.choose(byLabels, ProactiveTableReader::complete, () -> byOrder(region));
        List<Map<ProactiveRow, List<Token>>> copies = chosenCopies == null ? null : chosenCopies.copies();
        if (copies == null && TableStart.printsNoNumbers(section, HEADER_WORDS)) {
            Map<ProactiveRow, ProactiveCells> blank = new EnumMap<>(ProactiveRow.class);
            for (ProactiveRow row : ProactiveRow.values()) {
                blank.put(row, new ProactiveCells(null, null, null, null, null));
            }
            return blank;
        }
        if (copies == null) {
            findings.add(FindingCode.TABLE_MISSING, Severity.ERROR, TABLE + "的数字无法与行对应，无法可靠读取",
                    List.of("proactive"));
            places.recordTable("proactive", section);
            return null;
        }
        List<Map<ProactiveRow, List<CellReading>>> readings = copies.stream().map(copy -> cells(copy, CellReading.laidOut(region), region)).toList();
        int chosen = TableCopies.firstComplete(copies, ProactiveTableReader::complete);
        TableCopies.report(TABLE, readings, chosen, ProactiveTableReader::path, findings);
        places.record(copies.get(chosen), region, row -> "proactive." + row.code(), ProactiveTemplate.TEMPLATE::label);
        return rows(readings.get(chosen), findings);
    }

    private static boolean complete(Map<ProactiveRow, List<Token>> copy) {
        return copy.size() == ProactiveRow.values().length;
    }

    private static List<Map<ProactiveRow, List<Token>>> byOrder(List<Line> region) {
        List<Token> values = new ArrayList<>();
        region.forEach(line -> line.tokens().stream()
                .filter(t -> t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.BLANK)
                .forEach(values::add));
        if (values.isEmpty() || values.size() % ProactiveTemplate.CELLS != 0) {
            return null;
        }
        List<Map<ProactiveRow, List<Token>>> copies = new ArrayList<>();
        int next = 0;
        while (next < values.size()) {
            Map<ProactiveRow, List<Token>> copy = new LinkedHashMap<>();
            for (ProactiveRow row : ProactiveRow.values()) {
                int width = ProactiveTemplate.TEMPLATE.label(row).values();
                copy.put(row, List.copyOf(values.subList(next, next + width)));
                next += width;
            }
            copies.add(copy);
        }
        return copies;
    }

    private static Map<ProactiveRow, List<CellReading>> cells(Map<ProactiveRow, List<Token>> copy, boolean laidOut,
                                                              List<Line> region) {
        Map<ProactiveRow, List<CellReading>> cells = new EnumMap<>(ProactiveRow.class);
        List<List<Token>> documentRows = copy.entrySet().stream()
                .filter(e -> e.getKey().kind() == ProactiveRow.Kind.DOCUMENTS).map(Map.Entry::getValue).toList();
        GridColumns documentColumns = GridColumns.learn(documentRows, 3, region, "现行有效件数");
        copy.forEach((row, printed) -> {
            int width = ProactiveTemplate.TEMPLATE.label(row).values();
            List<Token> tokens = inGrid(printed) ? gridCells(row, printed, documentColumns) : printed;
            if (tokens == null) {
                cells.put(row, CellReading.repeat(CellReading.UNREADABLE, width));
                return;
            }
            String glued = CellReading.gluedDigits(tokens, width, laidOut);
            if (glued != null) {
                List<long[]> cuts = GluedDigits.allCuts(glued, width);
                cells.put(row, cuts == null || cuts.isEmpty() ? CellReading.repeat(CellReading.AMBIGUOUS, width)
                        : CellReading.agreeing(cuts, width));
            } else if (tokens.size() == width) {
                // no identity binds 表二's cells within a report: a value OCR read in disagreeing ways stays unread
                cells.put(row, tokens.stream().map(t -> t.disputed() ? CellReading.UNREADABLE
                        : CellReading.of(t, row == ProactiveRow.FEES)).toList());
            } else {
                cells.put(row, CellReading.repeat(CellReading.UNREADABLE, width));
            }
        });
        return cells;
    }

    private static boolean inGrid(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.stream().allMatch(Token::inGrid);
    }

    /**
     * A row of a real table by position: a document row's three columns; a decision row's one value, which a merged
     * cell may print once, or repeat, among empty cells. Null when the row cannot be placed.
     */
    private static List<Token> gridCells(ProactiveRow row, List<Token> tokens, GridColumns documentColumns) {
        if (row.kind() == ProactiveRow.Kind.DOCUMENTS) {
            return documentColumns == null ? tokens : documentColumns.place(tokens);
        }
        List<Token> values = tokens.stream().filter(t -> t.kind() != Token.Kind.EMPTY).toList();
        if (values.isEmpty()) {
            return List.of(Token.EMPTY);
        }
        boolean repeated = values.stream().allMatch(t -> t.kind() == values.getFirst().kind()
                && t.text().equals(values.getFirst().text()));
        return repeated ? List.of(values.getFirst()) : values;
    }

    private static Map<ProactiveRow, ProactiveCells> rows(Map<ProactiveRow, List<CellReading>> table, Findings findings) {
        Map<ProactiveRow, ProactiveCells> rows = new EnumMap<>(ProactiveRow.class);
        AmbiguousCells ambiguous = new AmbiguousCells();
        table.forEach((row, cells) -> {
            List<String> unreadable = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                switch (cells.get(c).state()) {
                    case AMBIGUOUS -> ambiguous.add(path(row, c), cells.get(c));
                    case UNREADABLE -> unreadable.add(path(row, c));
                    default -> { }
                }
            }
            if (!unreadable.isEmpty()) {
                findings.add(FindingCode.ROW_UNREADABLE, Severity.ERROR,
                        TABLE + "「" + row.label() + "」一行的数字无法可靠读取，已留空", unreadable);
            }
            rows.put(row, switch (row.kind()) {
                case DOCUMENTS -> ProactiveCells.documents(cells.get(0).asInteger(), cells.get(1).asInteger(),
                        cells.get(2).asInteger());
                case DECISIONS -> ProactiveCells.decisions(cells.getFirst().asInteger());
                case FEES -> ProactiveCells.fees(amount(cells.getFirst().value()));
            });
        });
        ambiguous.report(TABLE, findings);
        return rows;
    }

    private static BigDecimal amount(BigDecimal value) {
        return value == null ? null : value.scale() < 0 ? value.setScale(0) : value;
    }

    static String path(ProactiveRow row, int cell) {
        String field = switch (row.kind()) {
            case DOCUMENTS -> List.of("issued", "repealed", "in_force").get(cell);
            case DECISIONS -> "decisions";
            case FEES -> "amount_wan_yuan";
        };
        return "proactive." + row.code() + "." + field;
    }
}
