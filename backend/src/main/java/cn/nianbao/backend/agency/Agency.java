package cn.nianbao.backend.agency;

import java.util.List;

/**
 * A reporting body in the tree. {@code depth} is its distance from the root of the listing it came from.
 */
public record Agency(long id, String code, String name, AgencyKind kind, String parentCode, int depth, int sortOrder,
                     boolean demo, List<ReportingPeriod> reportingPeriods) {

    public Agency {
        reportingPeriods = List.copyOf(reportingPeriods);
    }

    public boolean expectedToReport(int year) {
        // a loop, not a stream: asked for every cell of a completeness matrix
        for (ReportingPeriod period : reportingPeriods) {
            if (period.covers(year)) {
                return true;
            }
        }
        return false;
    }

    Agency atDepth(int newDepth) {
        return new Agency(id, code, name, kind, parentCode, newDepth, sortOrder, demo, reportingPeriods);
    }
}
