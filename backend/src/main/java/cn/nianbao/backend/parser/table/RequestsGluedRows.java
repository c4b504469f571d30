package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.contract.RequestRow;

/**
 * Cuts the glued rows of 表三 with the table's own sum rules: in each row the six applicant columns add up to 总计;
 * in each column 一 + 二 = (七)总计 + 四, and (七)总计 = the sum of the outcome rows. Every combination of row cuts
 * that satisfies all rules involving a glued row survives; a cell on which the survivors disagree is ambiguous.
 * When no combination survives (the report breaks its own arithmetic) each row keeps only what its own cuts agree on.
 */
final class RequestsGluedRows {

    private static final int WIDTH = RequestTemplate.COLUMNS;
    /** Combinations tried at most when several glued rows each have several cuts. */
    private static final long COMBINATION_LIMIT = 200_000;

    private RequestsGluedRows() {
    }

    static Map<RequestRow, List<CellReading>> decode(Map<RequestRow, String> glued,
                                                     Map<RequestRow, List<CellReading>> printed) {
        Map<RequestRow, List<CellReading>> decoded = new EnumMap<>(RequestRow.class);
        Map<RequestRow, List<long[]>> options = new EnumMap<>(RequestRow.class);
        glued.forEach((row, digits) -> {
            List<long[]> cuts = cuts(digits);
            if (cuts == null || cuts.isEmpty()) {
                decoded.put(row, CellReading.repeat(CellReading.AMBIGUOUS, WIDTH));
            } else {
                options.put(row, cuts);
            }
        });
        List<RequestRow> rows = new ArrayList<>(options.keySet());
        long combinations = 1;
        for (RequestRow row : rows) {
            combinations = Math.min(Long.MAX_VALUE / 1024, combinations * options.get(row).size());
        }
        List<Map<RequestRow, long[]>> survivors = new ArrayList<>();
        if (combinations <= COMBINATION_LIMIT) {
            enumerate(rows, 0, options, new EnumMap<>(RequestRow.class), printed, glued.keySet(), survivors);
        }
        for (RequestRow row : rows) {
            List<long[]> agreeOn = survivors.isEmpty() ? options.get(row)
                    : survivors.stream().map(s -> s.get(row)).toList();
            decoded.put(row, CellReading.agreeing(agreeOn, 0, WIDTH));
        }
        return decoded;
    }

    /** Cuts of one row: forced when there is one digit per cell, else those whose columns add up to 总计. */
    private static List<long[]> cuts(String digits) {
        if (digits.length() == WIDTH) {
            return GluedDigits.allCuts(digits, WIDTH);
        }
        List<long[]> cuts = GluedDigits.cutsWithGroupSums(digits, 1, WIDTH);
        if (cuts != null && cuts.isEmpty()) {
            return GluedDigits.allCuts(digits, WIDTH);
        }
        return cuts;
    }

    private static void enumerate(List<RequestRow> rows, int index, Map<RequestRow, List<long[]>> options,
                                  Map<RequestRow, long[]> chosen, Map<RequestRow, List<CellReading>> printed,
                                  java.util.Set<RequestRow> gluedRows, List<Map<RequestRow, long[]>> survivors) {
        if (index == rows.size()) {
            if (holds(chosen, printed, gluedRows)) {
                survivors.add(new EnumMap<>(chosen));
            }
            return;
        }
        RequestRow row = rows.get(index);
        for (long[] cut : options.get(row)) {
            chosen.put(row, cut);
            enumerate(rows, index + 1, options, chosen, printed, gluedRows, survivors);
        }
        chosen.remove(row);
    }

    private static boolean holds(Map<RequestRow, long[]> chosen, Map<RequestRow, List<CellReading>> printed,
                                 java.util.Set<RequestRow> gluedRows) {
        List<RequestRow> outcomes = outcomeRows(printed, chosen);
        for (int c = 0; c < WIDTH; c++) {
            Long received = cell(RequestRow.NEW_RECEIVED, c, chosen, printed);
            Long carried = cell(RequestRow.CARRIED_OVER, c, chosen, printed);
            Long total = cell(RequestRow.TOTAL_PROCESSED, c, chosen, printed);
            Long forward = cell(RequestRow.CARRIED_FORWARD, c, chosen, printed);
            boolean intakeRuleTouchesGlued = gluedRows.contains(RequestRow.NEW_RECEIVED)
                    || gluedRows.contains(RequestRow.CARRIED_OVER) || gluedRows.contains(RequestRow.TOTAL_PROCESSED)
                    || gluedRows.contains(RequestRow.CARRIED_FORWARD);
            if (intakeRuleTouchesGlued && received != null && carried != null && total != null && forward != null
                    && received + carried != total + forward) {
                return false;
            }
            if (total != null && !outcomes.isEmpty()
                    && (gluedRows.contains(RequestRow.TOTAL_PROCESSED) || outcomes.stream().anyMatch(gluedRows::contains))) {
                long sum = 0;
                boolean known = true;
                for (RequestRow row : outcomes) {
                    Long value = cell(row, c, chosen, printed);
                    if (value == null) {
                        known = false;
                        break;
                    }
                    sum += value;
                }
                if (known && sum != total) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The outcome rows the table prints, if it prints all of one layout; otherwise the (七) rule is not checked. */
    private static List<RequestRow> outcomeRows(Map<RequestRow, List<CellReading>> printed, Map<RequestRow, long[]> chosen) {
        List<RequestRow> layout = printed.containsKey(RequestRow.OTHER_UNSPLIT) || chosen.containsKey(RequestRow.OTHER_UNSPLIT)
                ? RequestTemplate.UNSPLIT_LAYOUT : RequestTemplate.SPLIT_LAYOUT;
        List<RequestRow> outcomes = layout.stream().filter(RequestRow::isOutcome).toList();
        boolean all = outcomes.stream().allMatch(r -> printed.containsKey(r) || chosen.containsKey(r));
        return all ? outcomes : List.of();
    }

    private static Long cell(RequestRow row, int column, Map<RequestRow, long[]> chosen,
                             Map<RequestRow, List<CellReading>> printed) {
        long[] cut = chosen.get(row);
        if (cut != null) {
            return cut[column];
        }
        List<CellReading> cells = printed.get(row);
        if (cells == null || cells.get(column).value() == null) {
            return null;
        }
        return cells.get(column).value().longValue();
    }
}
