package cn.nianbao.backend.report;

import java.util.List;

import cn.nianbao.backend.contract.Finding;

/**
 * The outcome of storing a report: the active version number, whether a new version was made, and what the checks
 * at storing found without refusing it (e.g. {@code AGENCY_MISMATCH}, a warning).
 */
public record StoreResult(int versionNo, boolean created, List<Finding> findings) {

    public StoreResult {
        findings = List.copyOf(findings);
    }

    StoreResult withFindings(List<Finding> found) {
        return new StoreResult(versionNo, created, found);
    }
}
