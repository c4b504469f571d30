package cn.nianbao.frontend.backend.reports;

import java.time.OffsetDateTime;
import java.util.List;

import cn.nianbao.frontend.backend.agencies.AgencyKind;

/** One report as {@code GET /api/reports/{agency}/{year}} answers: the active version, its history and content. */
public record ReportDetail(String agencyCode, String agencyName, AgencyKind agencyKind, int year, boolean demo,
                           ReportVersion version, List<ReportVersion> versions, AnnualReportData report) {

    public ReportDetail {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    /** One stored version; {@code active} is only given in the history list. */
    public record ReportVersion(int versionNo, String origin, OffsetDateTime createdAt, String createdBy,
                                String reason, SourceDocument sourceDocument, Boolean active) {
    }

    /** The uploaded document a version was parsed from. */
    public record SourceDocument(String fileName, String mediaType, String sha256, Long sizeBytes) {
    }
}
