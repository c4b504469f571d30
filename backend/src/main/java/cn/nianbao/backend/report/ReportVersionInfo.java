package cn.nianbao.backend.report;

import java.time.OffsetDateTime;

/** One version of a report: who made it, when, from what, and whether it is the active one. */
public record ReportVersionInfo(int versionNo, VersionOrigin origin, OffsetDateTime createdAt, String createdBy,
                                String reason, SourceDocumentInfo sourceDocument, boolean active) {
}
