package cn.nianbao.frontend.backend.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.nianbao.frontend.backend.agencies.AgencyKind;

/**
 * 表二, 表三 and 表四 of a region's reports added up by the backend ({@code GET /api/analytics/rollup}): {@code report}
 * in the contract form (an absent row: no report printed it; null: every report printed it blank), {@code blank} the
 * number of bodies that printed each cell blank, the bodies counted / expected / reported, and the notes to print.
 */
public record Rollup(Region region, int year, AgencyKind kind, Bodies bodies, Map<String, Integer> tables,
                     Tables report, BlankCounts blank, int otherUnsplitBodies, List<String> notes) {

    public Rollup {
        notes = notes == null ? List.of() : List.copyOf(notes);
        tables = tables == null ? Map.of() : Map.copyOf(tables);
        report = report == null ? new Tables(null, null, null) : report;
        blank = blank == null ? new BlankCounts(null, null, null) : blank;
    }

    public record Bodies(int counted, int expected, int reported, int missing) {
    }

    /** The sums; a table no report has is null. */
    public record Tables(Map<String, Map<String, BigDecimal>> proactive, Map<String, Map<String, Long>> requests,
                         Map<String, Map<String, Long>> reviews) {
    }

    public record BlankCounts(Map<String, Map<String, Integer>> proactive, Map<String, Map<String, Integer>> requests,
                              Map<String, Map<String, Integer>> reviews) {

        /** How many bodies printed the cell at a contract path blank ({@code requests.granted.research}); 0 if none. */
        public int at(String path) {
            String[] parts = path.split("\\.", 3);
            if (parts.length != 3) {
                return 0;
            }
            Map<String, Map<String, Integer>> table = switch (parts[0]) {
                case "proactive" -> proactive;
                case "requests" -> requests;
                case "reviews" -> reviews;
                default -> null;
            };
            Map<String, Integer> row = table == null ? null : table.get(parts[1]);
            Integer count = row == null ? null : row.get(parts[2]);
            return count == null ? 0 : count;
        }
    }
}
