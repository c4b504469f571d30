package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.backend.contract.OutcomeCounts;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.parser.finding.FindingCode;
import cn.nianbao.backend.parser.finding.Findings;
import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.TextNormalizer;
import cn.nianbao.backend.parser.text.Token;

/**
 * Reads 表四 (行政复议、行政诉讼情况): fifteen cells, 维持/纠正/其他/尚未审结/总计 for 行政复议, 未经复议直接起诉 and
 * 复议后起诉. The template prints them as one row under a two-level header; some pages print one row per group.
 */
public final class ReviewsTableReader {

    private static final String TABLE = "表四（行政复议、行政诉讼情况）";
    static final int GROUP = ReviewOutcome.values().length;
    static final int CELLS = GROUP * ReviewRow.values().length;
    /** Words of the outcome header, where the table's own lines start. */
    private static final String[] OUTCOME_HEADER = {"维持", "纠正", "审结"};

    private static final RowTemplate<ReviewRow> GROUP_ROWS = new RowTemplate<>(List.of(
            RowLabel.of(ReviewRow.ADMINISTRATIVE_REVIEW, 0, GROUP, "行政复议", "行政复议"),
            RowLabel.of(ReviewRow.LITIGATION_DIRECT, 1, GROUP, "未经复议直接起诉", "直接起诉", "未经复议"),
            RowLabel.of(ReviewRow.LITIGATION_AFTER_REVIEW, 2, GROUP, "复议后起诉", "复议后起诉")));

    private ReviewsTableReader() {
    }

    public static Map<ReviewRow, OutcomeCounts> read(List<Line> region, Findings findings) {
        return read(region, findings, false, new RowPlaces());
    }

    /**
     * @param confirmAll whether every value must be confirmed by the identities (values read by OCR)
     * @param places     where the rows of the first copy were read is recorded here
     */
    public static Map<ReviewRow, OutcomeCounts> read(List<Line> region, Findings findings, boolean confirmAll,
                                                     RowPlaces places) {
        boolean laidOut = CellReading.laidOut(region);
        List<List<CellReading>> copies = perGroupRows(TableStart.from(region, OUTCOME_HEADER), laidOut, places);
        if (copies == null) {
            copies = dataRows(region, places);
        }
        if (copies == null) {
            copies = byOrder(region, laidOut, findings, places);
        }
        if (copies == null && TableStart.printsNoNumbers(region, OUTCOME_HEADER)) {
            copies = List.of(CellReading.repeat(CellReading.BLANK, CELLS));
        }
        if (copies == null) {
            findings.add(FindingCode.TABLE_MISSING, Severity.ERROR, TABLE + "的数字无法读取", List.of("reviews"));
            places.recordTable("reviews", region);
            return null;
        }
        if (confirmAll) {
            copies = copies.stream().map(ReviewsTableReader::confirmed).toList();
        }
        List<Map<ReviewRow, List<CellReading>>> readings = copies.stream().map(ReviewsTableReader::byGroup).toList();
        TableCopies.report(TABLE, readings, 0, ReviewsTableReader::path, findings);
        return counts(readings.getFirst(), findings);
    }

    /** One printed row per group, each with its label and five cells. */
    private static List<List<CellReading>> perGroupRows(List<Line> region, boolean laidOut, RowPlaces places) {
        RowModeReader.Reading<ReviewRow> reading =
                RowModeReader.read(region, GROUP_ROWS, ReviewRow.ADMINISTRATIVE_REVIEW);
        if (!reading.clean() || reading.copies().isEmpty()) {
            return null;
        }
        List<List<CellReading>> copies = new ArrayList<>();
        for (Map<ReviewRow, List<Token>> copy : reading.copies()) {
            if (copy.size() != ReviewRow.values().length
                    || copy.values().stream().anyMatch(v -> v.size() != GROUP && CellReading.gluedDigits(v, GROUP, laidOut) == null)) {
                return null;
            }
            List<CellReading> cells = new ArrayList<>();
            for (ReviewRow row : ReviewRow.values()) {
                List<Token> tokens = copy.get(row);
                String glued = CellReading.gluedDigits(tokens, GROUP, laidOut);
                cells.addAll(glued != null ? cutGlued(glued, row.ordinal(), 1)
                        : tokens.stream().map(t -> CellReading.of(t, false)).toList());
            }
            copies.add(cells);
        }
        places.record(reading.copies().getFirst(), region, ReviewsTableReader::rowPath, GROUP_ROWS::label,
                ReviewsTableReader::path, GROUP);
        return copies;
    }

    /** The template layout: a run of at least fifteen cells after the last header label. */
    private static List<List<CellReading>> dataRows(List<Line> region, RowPlaces places) {
        List<List<Token>> groups = valueGroups(region);
        List<List<CellReading>> copies = new ArrayList<>();
        List<Token> first = null; // the cells of the first copy, recorded once every group has been read
        for (List<Token> group : groups) {
            // a real table's row: its fifteen value columns by grid position (blank cells are empty cells there)
            GridColumns grid = group.size() >= CELLS ? GridColumns.learn(List.of(group), CELLS, region, "总计") : null;
            List<Token> cells = grid != null && grid.place(group) != null ? grid.place(group)
                    : RowModeReader.trimTrailingEmpty(group, CELLS);
            if (cells.size() < CELLS) {
                continue;
            }
            if (cells.size() % CELLS != 0) {
                return null;
            }
            if (first == null) {
                first = cells.subList(0, CELLS);
            }
            for (int start = 0; start < cells.size(); start += CELLS) {
                copies.add(cells.subList(start, start + CELLS).stream().map(t -> CellReading.of(t, false)).toList());
            }
        }
        if (first != null) {
            recordInOrder(first, region, places);
        }
        return copies.isEmpty() ? null : copies;
    }

    /** Plain PDF text: the numbers alone, in the order printed, put in order by the sum rules if need be. */
    private static List<List<CellReading>> byOrder(List<Line> section, boolean laidOut, Findings findings,
                                                   RowPlaces places) {
        // Group headings count from the section's start; numbers only from the outcome header on (prose above the
        // table may mention how many reviews there were).
        int tableStart = section.size() - TableStart.from(section, OUTCOME_HEADER).size();
        List<Token> values = new ArrayList<>();
        List<List<Token>> segments = new ArrayList<>();
        List<Set<ReviewRow>> headings = new ArrayList<>();
        List<Token> segment = new ArrayList<>();
        Set<ReviewRow> heading = EnumSet.noneOf(ReviewRow.class);
        for (int i = 0; i < section.size(); i++) {
            for (Token token : section.get(i).tokens()) {
                if (i < tableStart && token.kind() != Token.Kind.TEXT) {
                    continue;
                }
                if (token.kind() == Token.Kind.TEXT) {
                    if (!segment.isEmpty()) {
                        segments.add(segment);
                        headings.add(heading);
                        segment = new ArrayList<>();
                        heading = EnumSet.noneOf(ReviewRow.class);
                    }
                    heading.addAll(groupsNamed(TextNormalizer.compact(token.text())));
                } else if (token.kind() != Token.Kind.EMPTY) {
                    segment.add(token);
                    values.add(token);
                }
            }
        }
        if (!segment.isEmpty()) {
            segments.add(segment);
            headings.add(heading);
        }
        if (values.size() == 1 || values.size() == CELLS) {
            // glued digits, or one copy put in order by its headings: each group is placed by the whole table
            recordWhole(values, section, places);
        } else if (!values.isEmpty() && values.size() % CELLS == 0) {
            recordInOrder(values.subList(0, CELLS), section, places);
        }
        if (values.size() == 1) {
            String glued = CellReading.gluedDigits(values, CELLS, laidOut);
            return glued == null ? null : List.of(cutGlued(glued, 0, ReviewRow.values().length));
        }
        if (values.isEmpty() || values.size() % CELLS != 0) {
            return null;
        }
        if (values.size() == CELLS) {
            return List.of(ReviewReadingOrder.arrange(segments, headings, findings));
        }
        List<List<CellReading>> copies = new ArrayList<>();
        for (int start = 0; start < values.size(); start += CELLS) {
            copies.add(values.subList(start, start + CELLS).stream().map(t -> CellReading.of(t, false)).toList());
        }
        return copies;
    }

    /** The rows of one copy whose fifteen cells stand in template order. */
    private static void recordInOrder(List<Token> cells, List<Line> region, RowPlaces places) {
        Map<ReviewRow, List<Token>> copy = new EnumMap<>(ReviewRow.class);
        for (ReviewRow row : ReviewRow.values()) {
            copy.put(row, cells.subList(row.ordinal() * GROUP, row.ordinal() * GROUP + GROUP));
        }
        places.record(copy, region, ReviewsTableReader::rowPath, GROUP_ROWS::label, ReviewsTableReader::path, GROUP);
    }

    /** The rows of a copy whose cells are not known one by one: every row by all of the table's values. */
    private static void recordWhole(List<Token> values, List<Line> region, RowPlaces places) {
        Map<ReviewRow, List<Token>> copy = new EnumMap<>(ReviewRow.class);
        for (ReviewRow row : ReviewRow.values()) {
            copy.put(row, values);
        }
        places.record(copy, region, ReviewsTableReader::rowPath, GROUP_ROWS::label);
    }

    private static String rowPath(ReviewRow row) {
        return "reviews." + row.code();
    }

    private static Set<ReviewRow> groupsNamed(String compact) {
        Set<ReviewRow> named = EnumSet.noneOf(ReviewRow.class);
        if (compact.contains("复议后")) {
            named.add(ReviewRow.LITIGATION_AFTER_REVIEW);
        }
        if (compact.contains("未经复议") || compact.contains("直接起诉")) {
            named.add(ReviewRow.LITIGATION_DIRECT);
        }
        if (compact.contains("行政复议")) {
            named.add(ReviewRow.ADMINISTRATIVE_REVIEW);
        }
        return named;
    }

    /** Glued digits of {@code groups} groups, cut by the catalogue's identities of 表四. */
    private static List<CellReading> cutGlued(String digits, int firstGroup, int groups) {
        int[] cells = TableIdentities.reviewCells(firstGroup, firstGroup + groups);
        GluedDigits.Readings cuts = GluedDigits.cuts(digits, cells);
        ReadingSolver.Solution solution = ReadingSolver.solve(TableIdentities.unknown(), List.of(cuts == null
                ? new ReadingSolver.Part(cells, List.of(), false)
                : new ReadingSolver.Part(cells, cuts.candidates(), cuts.mustConfirm())));
        return CellReading.solved(solution, cells);
    }

    /** The cells the identities confirm; the others ambiguous (unreadable cells stay unreadable). */
    private static List<CellReading> confirmed(List<CellReading> cells) {
        int[] table = TableIdentities.reviewCells(0, ReviewRow.values().length);
        long[] printed = new long[CELLS];
        for (int i = 0; i < CELLS; i++) {
            printed[i] = cells.get(i).asLong();
        }
        ReadingSolver.Solution solution = ReadingSolver.solve(TableIdentities.unknown(),
                List.of(new ReadingSolver.Part(table, List.of(printed), true)));
        List<CellReading> solved = CellReading.solved(solution, table);
        List<CellReading> confirmed = new ArrayList<>(CELLS);
        for (int i = 0; i < CELLS; i++) {
            confirmed.add(cells.get(i).state() == CellReading.State.PRINTED ? solved.get(i) : cells.get(i));
        }
        return confirmed;
    }

    private static List<List<Token>> valueGroups(List<Line> region) {
        List<List<Token>> groups = new ArrayList<>();
        List<Token> group = new ArrayList<>();
        for (Line line : region) {
            for (Token token : line.tokens()) {
                if (token.kind() == Token.Kind.TEXT) {
                    if (!group.isEmpty()) {
                        groups.add(group);
                        group = new ArrayList<>();
                    }
                } else {
                    group.add(token);
                }
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    private static Map<ReviewRow, List<CellReading>> byGroup(List<CellReading> cells) {
        Map<ReviewRow, List<CellReading>> rows = new LinkedHashMap<>();
        for (ReviewRow row : ReviewRow.values()) {
            rows.put(row, cells.subList(row.ordinal() * GROUP, row.ordinal() * GROUP + GROUP));
        }
        return rows;
    }

    private static Map<ReviewRow, OutcomeCounts> counts(Map<ReviewRow, List<CellReading>> table, Findings findings) {
        Map<ReviewRow, OutcomeCounts> rows = new EnumMap<>(ReviewRow.class);
        AmbiguousCells ambiguous = new AmbiguousCells();
        List<String> unreadable = new ArrayList<>();
        table.forEach((row, cells) -> {
            Map<ReviewOutcome, Integer> values = new EnumMap<>(ReviewOutcome.class);
            for (ReviewOutcome outcome : ReviewOutcome.values()) {
                CellReading cell = cells.get(outcome.ordinal());
                values.put(outcome, cell.asInteger());
                if (cell.state() == CellReading.State.AMBIGUOUS) {
                    ambiguous.add(path(row, outcome.ordinal()), cell);
                } else if (cell.state() == CellReading.State.UNREADABLE) {
                    unreadable.add(path(row, outcome.ordinal()));
                }
            }
            rows.put(row, OutcomeCounts.of(values));
        });
        ambiguous.report(TABLE, findings);
        if (!unreadable.isEmpty()) {
            findings.add(FindingCode.ROW_UNREADABLE, Severity.ERROR,
                    TABLE + "有 " + unreadable.size() + " 个单元格无法可靠读取，已留空", unreadable);
        }
        return rows;
    }

    static String path(ReviewRow row, int outcome) {
        return rowPath(row) + "." + ReviewOutcome.values()[outcome].code();
    }
}
