package cn.nianbao.backend.agency;

import java.util.List;

/** A body to add under {@code parentCode} (null for a root). */
public record NewAgency(String code, String name, AgencyKind kind, String parentCode, int sortOrder, boolean demo,
                        List<ReportingPeriod> reportingPeriods) {

    public NewAgency {
        reportingPeriods = List.copyOf(reportingPeriods);
    }
}
