package cn.nianbao.backend.parser.table;

import java.util.List;

import cn.nianbao.backend.parser.text.Line;

/**
 * Where a table's own lines begin inside its section: the first line with one of the table's header words. Reading
 * by number order starts there, so that numbers in the prose between a section heading and its table are not
 * taken for cells.
 */
final class TableStart {

    private TableStart() {
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
