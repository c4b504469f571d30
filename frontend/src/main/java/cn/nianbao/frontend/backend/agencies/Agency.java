package cn.nianbao.frontend.backend.agencies;

import java.util.List;

/** One body of the agency tree ({@code GET /api/agencies}); {@code depth} counts from the requested root. */
public record Agency(String code, String name, AgencyKind kind, String parentCode, int depth, boolean demo,
                     List<ReportingPeriod> reportingPeriods) {

    public Agency {
        reportingPeriods = reportingPeriods == null ? List.of() : List.copyOf(reportingPeriods);
    }

    /** The years in which this body is expected to report; {@code lastYear} null means "still reporting". */
    public record ReportingPeriod(int firstYear, Integer lastYear) {
    }
}
