package cn.nianbao.backend.parser.table;

import java.util.List;

import cn.nianbao.backend.parser.text.Line;
import cn.nianbao.backend.parser.text.Token;

/**
 * Where a table's own lines begin inside its section: the first line with one of the table's header words. Reading
 * by number order starts there, so that numbers in the prose between a section heading and its table are not
 * taken for cells.
 */
final class TableStart {

    private TableStart() {
    }

    /**
     * A table whose header is printed but not one number in it: every cell was left blank (PDF and laid-out text
     * print nothing for a blank cell, so such a table has no values to read, yet it is certainly blank, not missing).
     */
    static boolean printsNoNumbers(List<Line> region, String... headerWords) {
        List<Line> table = from(region, headerWords);
        if (table.size() == region.size() && !hasAny(region, headerWords)) {
            return false;
        }
        return table.stream().flatMap(line -> line.tokens().stream()).noneMatch(t -> t.kind() == Token.Kind.NUMBER);
    }

    private static boolean hasAny(List<Line> region, String... words) {
        return region.stream().anyMatch(line -> java.util.Arrays.stream(words).anyMatch(line.compact()::contains));
    }

    static List<Line> from(List<Line> region, String... headerWords) {
        for (int i = 0; i < region.size(); i++) {
            String compact = region.get(i).compact();
            for (String word : headerWords) {
                if (compact.contains(word)) {
                    return region.subList(i, region.size());
                }
            }
        }
        return region;
    }
}
