package cn.nianbao.backend.report.api;

import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.report.ReportVersionInfo;
import cn.nianbao.backend.report.StoredReport;
import tools.jackson.databind.JsonNode;

/** One report as the API shows it: the body, the active version, the history, and the contract form. */
record ReportJson(String agencyCode, String agencyName, AgencyKind agencyKind, int year, boolean demo,
                  ReportVersionInfo version, List<ReportVersionInfo> versions, JsonNode report) {

    static ReportJson of(StoredReport stored) {
        return new ReportJson(stored.agency().code(), stored.agency().name(), stored.agency().kind(), stored.year(),
                stored.agency().demo(), stored.version(), stored.versions(), ContractJson.write(stored.report()));
    }
}
