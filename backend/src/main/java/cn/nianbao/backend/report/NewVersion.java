package cn.nianbao.backend.report;

import cn.nianbao.backend.contract.AnnualReport;

/**
 * What a new version is made of and who makes it; {@code reason} is required for manual corrections, {@code source}
 * is the document it was read from (null when it was entered or submitted as data).
 */
public record NewVersion(AnnualReport report, VersionOrigin origin, String createdBy, String reason,
                         SourceDocument source) {
}
