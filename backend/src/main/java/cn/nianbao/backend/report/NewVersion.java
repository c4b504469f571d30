package cn.nianbao.backend.report;

import java.util.List;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.Finding;

/**
 * What a new version is made of and who makes it; {@code reason} is required for manual corrections, {@code source}
 * is the document it was read from (null when it was entered or submitted as data), {@code documentFindings} what
 * the parser found while reading that document (ambiguous cells, repeated tables…), kept with the version.
 */
public record NewVersion(AnnualReport report, VersionOrigin origin, String createdBy, String reason,
                         SourceDocument source, List<Finding> documentFindings) {

    public NewVersion {
        documentFindings = documentFindings == null ? List.of() : List.copyOf(documentFindings);
    }

    /** A version with no parser findings: entered by hand, submitted as data, or generated. */
    public NewVersion(AnnualReport report, VersionOrigin origin, String createdBy, String reason,
                      SourceDocument source) {
        this(report, origin, createdBy, reason, source, List.of());
    }
}
