package cn.nianbao.backend.report;

import java.util.List;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.contract.AnnualReport;

/** A body's report for one year: the active version's content, its metadata, and the whole version history. */
public record StoredReport(Agency agency, int year, ReportVersionInfo version, List<ReportVersionInfo> versions,
                           AnnualReport report) {

    public StoredReport {
        versions = List.copyOf(versions);
    }
}
