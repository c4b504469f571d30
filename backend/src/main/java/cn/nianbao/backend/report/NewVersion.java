package cn.nianbao.backend.report;

import cn.nianbao.backend.contract.AnnualReport;

/** What a new version is made of and who makes it; {@code reason} is required for manual corrections. */
public record NewVersion(AnnualReport report, VersionOrigin origin, String createdBy, String reason,
                         Long sourceDocumentId) {
}
