package cn.nianbao.backend.report;

import cn.nianbao.backend.contract.AnnualReport;

/** The active version of a body's report for a year: which version it is, and its content. */
public record ActiveReport(long agencyId, int year, long versionId, int versionNo, AnnualReport report) {

    /** Which version is active for a body's report of a year, without its content. */
    public record Key(long agencyId, int year, long versionId) {
    }
}
