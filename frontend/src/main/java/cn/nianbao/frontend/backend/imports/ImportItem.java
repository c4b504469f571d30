package cn.nianbao.frontend.backend.imports;

import java.util.List;

import cn.nianbao.frontend.backend.reports.AnnualReportData;
import cn.nianbao.frontend.backend.reports.Finding;

/**
 * One file of an import job ({@code GET /api/imports/{id}}): what became of it, the body and year it was stored
 * for, the findings on it and, when it waits, the bodies it may belong to. {@code report} (the parsed report in the
 * contract form) is only given by {@code GET /api/imports/{id}/items/{index}}.
 */
public record ImportItem(int index, String file, ImportStatus status, String agencyCode, String agencyName,
                         Integer year, Integer versionNo, String message, List<Finding> findings,
                         List<Candidate> candidates, AnnualReportData report) {

    public ImportItem {
        findings = findings == null ? List.of() : List.copyOf(findings);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** A body the item may belong to. */
    public record Candidate(String agencyCode, String agencyName) {
    }
}
