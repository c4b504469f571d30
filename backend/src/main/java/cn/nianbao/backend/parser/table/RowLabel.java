package cn.nianbao.backend.parser.table;

import java.util.List;
import java.util.function.Predicate;

import cn.nianbao.backend.parser.text.TextNormalizer;

/**
 * How a template row is recognised in a printed label: distinctive keywords (any one suffices, so a typo in the rest
 * of the label does not matter), or a test on the whole compact label for rows as short as {@code 3.其他}.
 *
 * @param order the row's position in the template; rows printed instead of one another share a position
 * @param values how many cells the row has
 */
record RowLabel<R>(R row, int order, int values, List<String> keywords, Predicate<String> whole, String fullLabel) {

    static <R> RowLabel<R> of(R row, int order, int values, String fullLabel, String... keywords) {
        return new RowLabel<>(row, order, values,
                List.of(keywords).stream().map(TextNormalizer::compact).toList(), label -> false,
                TextNormalizer.compact(fullLabel));
    }

    static <R> RowLabel<R> whole(R row, int order, int values, String fullLabel, Predicate<String> whole) {
        return new RowLabel<>(row, order, values, List.of(), whole, TextNormalizer.compact(fullLabel));
    }

    boolean matches(String compactLabel) {
        if (whole.test(compactLabel)) {
            return true;
        }
        for (String keyword : keywords) {
            if (compactLabel.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** Character-bigram similarity with the template label, for labels whose keywords are misprinted. */
    double similarity(String compactLabel) {
        if (fullLabel.length() < 4 || compactLabel.length() < 2) {
            return 0;
        }
        int common = 0;
        for (int i = 0; i + 1 < fullLabel.length(); i++) {
            if (compactLabel.contains(fullLabel.substring(i, i + 2))) {
                common++;
            }
        }
        return (double) common / (fullLabel.length() - 1);
    }
}
