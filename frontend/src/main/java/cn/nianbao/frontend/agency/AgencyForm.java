package cn.nianbao.frontend.agency;

import java.util.List;
import java.util.Objects;

import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.backend.agencies.AgencyChange;
import cn.nianbao.frontend.backend.agencies.AgencyKind;
import cn.nianbao.frontend.backend.agencies.NewAgency;

/** What the agency form holds; {@code parentCode} null is the top level. */
record AgencyForm(String code, String name, AgencyKind kind, String parentCode,
                  List<Agency.ReportingPeriod> reportingPeriods) {

    NewAgency asNew() {
        return new NewAgency(code, name, kind, parentCode, reportingPeriods);
    }

    /** Only what differs from {@code before}, so the audit log records the change that was made and nothing else. */
    AgencyChange changeFrom(Agency before) {
        return new AgencyChange(
                name.equals(before.name()) ? null : name,
                Objects.equals(parentCode, before.parentCode()) ? null : parentCode == null ? "" : parentCode,
                reportingPeriods.equals(before.reportingPeriods()) ? null : reportingPeriods);
    }
}
