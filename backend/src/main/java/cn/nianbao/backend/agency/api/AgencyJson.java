package cn.nianbao.backend.agency.api;

import java.util.List;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.ReportingPeriod;

/** An agency as the API shows it (no database ids). */
record AgencyJson(String code, String name, AgencyKind kind, String parentCode, int depth, boolean demo,
                  List<ReportingPeriod> reportingPeriods) {

    static AgencyJson of(Agency agency) {
        return new AgencyJson(agency.code(), agency.name(), agency.kind(), agency.parentCode(), agency.depth(),
                agency.demo(), agency.reportingPeriods());
    }
}
