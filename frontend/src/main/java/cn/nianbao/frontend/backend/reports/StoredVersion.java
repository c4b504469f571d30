package cn.nianbao.frontend.backend.reports;

import java.util.List;

/**
 * What {@code PUT /api/reports/{agency}/{year}} answers: the version now active, whether it is new (false: the
 * content equals the active version), and the findings of the active version.
 */
public record StoredVersion(int versionNo, boolean created, List<Finding> findings) {

    public StoredVersion {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
