package cn.nianbao.backend.report;

import java.util.List;

import cn.nianbao.backend.contract.Finding;

/**
 * The outcome of storing a report: the active version number, whether a new version was made, and the findings of
 * the quality rules on the active version (e.g. {@code AGENCY_MISMATCH}, a warning; {@code T3_BALANCE}, an error).
 */
public record StoreResult(int versionNo, boolean created, List<Finding> findings) {

    public StoreResult {
        findings = List.copyOf(findings);
    }

    StoreResult withFindings(List<Finding> found) {
        return new StoreResult(versionNo, created, found);
    }
}
