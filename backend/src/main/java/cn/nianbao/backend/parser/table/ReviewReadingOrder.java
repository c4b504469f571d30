package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.parser.finding.FindingCode;
import cn.nianbao.backend.parser.finding.Findings;
import cn.nianbao.backend.parser.text.Token;

/**
 * Plain pdftotext output of 表四 can print its fifteen numbers in several pieces, out of order, between header
 * words. The numbers are taken as printed when every group's identity holds or when no other
 * order of the pieces does — a report's own arithmetic errors are kept, never repaired. Otherwise the orders of the
 * pieces under which every group adds up are candidates, keeping the first piece first (the text flow starts at the
 * table's first cell); among several, the one that puts more pieces under a group heading printed just before them
 * wins. If that still leaves a tie, cells on which the candidates disagree are
 * ambiguous.
 */
final class ReviewReadingOrder {

    /** More pieces than this are not reordered (8! orders at most). */
    private static final int MAX_PIECES = 8;

    private ReviewReadingOrder() {
    }

    static List<CellReading> arrange(List<List<Token>> pieces, List<Set<ReviewRow>> headings, Findings findings) {
        List<Token> printed = pieces.stream().flatMap(List::stream).toList();
        long[] asPrinted = numbers(printed);
        if (asPrinted == null || groupsAddUp(asPrinted) || pieces.size() < 2 || pieces.size() > MAX_PIECES) {
            return printed.stream().map(t -> CellReading.of(t, false)).toList();
        }
        Map<List<Long>, Integer> fitting = new LinkedHashMap<>();
        int[] order = new int[pieces.size()];
        boolean[] used = new boolean[pieces.size()];
        used[0] = true; // the text flow starts at the table's first cell: the first piece stays first
        permute(pieces, headings, order, used, 1, fitting);
        if (fitting.isEmpty()) {
            return printed.stream().map(t -> CellReading.of(t, false)).toList();
        }
        int best = Collections.max(fitting.values());
        List<long[]> winners = fitting.entrySet().stream().filter(e -> e.getValue() == best)
                .map(e -> e.getKey().stream().mapToLong(Long::longValue).toArray()).toList();
        findings.add(FindingCode.READING_ORDER, Severity.INFO,
                "表四的数字在文本中未按表格顺序排列，已按各组的合计关系和组标题位置排序", List.of("reviews"));
        return CellReading.agreeing(winners, ReviewsTableReader.CELLS);
    }

    /** Every order of the pieces under which all groups add up, with its best heading score. */
    private static void permute(List<List<Token>> pieces, List<Set<ReviewRow>> headings, int[] order, boolean[] used,
                                int depth, Map<List<Long>, Integer> fitting) {
        if (depth == pieces.size()) {
            List<Token> tokens = new ArrayList<>();
            int score = 0;
            for (int index : order) {
                int group = tokens.size() / ReviewsTableReader.GROUP;
                if (group < ReviewRow.values().length && headings.get(index).contains(ReviewRow.values()[group])) {
                    score++;
                }
                tokens.addAll(pieces.get(index));
            }
            long[] values = numbers(tokens);
            if (values != null && groupsAddUp(values)) {
                fitting.merge(Arrays.stream(values).boxed().toList(), score, Math::max);
            }
            return;
        }
        for (int i = 0; i < pieces.size(); i++) {
            if (!used[i]) {
                used[i] = true;
                order[depth] = i;
                permute(pieces, headings, order, used, depth + 1, fitting);
                used[i] = false;
            }
        }
    }

    private static long[] numbers(List<Token> tokens) {
        long[] values = new long[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Token.Kind.NUMBER || !token.text().chars().allMatch(Character::isDigit)
                    || token.text().length() > 9) {
                return null;
            }
            values[i] = Long.parseLong(token.text());
        }
        return values;
    }

    /** Every group of 表四 satisfies the catalogue's identity (维持 + 纠正 + 其他 + 尚未审结 = 总计). */
    private static boolean groupsAddUp(long[] printed) {
        return TableIdentities.allHold(TableIdentities.reviewCells(0, ReviewRow.values().length), printed);
    }
}
