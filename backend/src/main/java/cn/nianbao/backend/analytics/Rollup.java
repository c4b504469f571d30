package cn.nianbao.backend.analytics;

import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.AgencyKind;

/**
 * 表二, 表三 and 表四 summed over the active reports of a subtree for one year ({@code GET /api/analytics/rollup}).
 * {@code report} is in the contract form (table → row → column → number); a row no body printed is absent, a cell
 * every body printed blank is null. {@code blank} has the same shape and counts, per cell, the bodies that printed it
 * blank (their blank is not in the sum). {@code tables} counts the reports that print each table.
 * {@code otherUnsplitBodies} counts the reports in the 2019 layout, whose （六）其他处理 is one row: it is summed in
 * {@code requests.other_unsplit} on its own, never spread over the three rows of the 2021 layout.
 */
public record Rollup(RegionRef region, int year, AgencyKind kind, Bodies bodies, Map<String, Integer> tables,
                     Map<String, Map<String, Map<String, Number>>> report,
                     Map<String, Map<String, Map<String, Integer>>> blank, int otherUnsplitBodies,
                     List<String> notes) {

    public Rollup {
        notes = List.copyOf(notes);
    }

    /**
     * The bodies of the subtree (of {@code kind}, when asked): all of them, those expected to report in the year, those
     * with a report (the reports summed), and those expected without one.
     */
    public record Bodies(int counted, int expected, int reported, int missing) {
    }
}
