package cn.nianbao.frontend.backend.agencies;

import java.util.List;

/** A body to add to the tree ({@code POST /api/agencies}); {@code parentCode} null puts it at the top level. */
public record NewAgency(String code, String name, AgencyKind kind, String parentCode,
                        List<Agency.ReportingPeriod> reportingPeriods) {

    public NewAgency {
        reportingPeriods = reportingPeriods == null ? List.of() : List.copyOf(reportingPeriods);
    }
}
