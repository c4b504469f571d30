package cn.nianbao.backend.report;

import java.util.List;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.contract.SourceRows;

/**
 * What a new version is made of and who makes it; {@code reason} is required for manual corrections, {@code source}
 * is the document it was read from (null when it was entered or submitted as data), {@code documentFindings} what
 * the parser found while reading that document (ambiguous cells, repeated tables…), kept with the version, and
 * {@code positions} where it read each table row ({@link SourceRows#NONE} when not read from a document), kept with
 * the version so that the findings of the rules say where their cells were read.
 */
public record NewVersion(AnnualReport report, VersionOrigin origin, String createdBy, String reason,
                         SourceDocument source, List<Finding> documentFindings, SourceRows positions) {

    public NewVersion {
        documentFindings = documentFindings == null ? List.of() : List.copyOf(documentFindings);
        positions = positions == null ? SourceRows.NONE : positions;
    }

    /** A version with no parser findings: entered by hand, submitted as data, or generated. */
    public NewVersion(AnnualReport report, VersionOrigin origin, String createdBy, String reason,
                      SourceDocument source) {
        this(report, origin, createdBy, reason, source, List.of(), SourceRows.NONE);
    }
}
