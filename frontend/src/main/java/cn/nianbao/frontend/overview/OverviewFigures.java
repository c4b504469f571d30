package cn.nianbao.frontend.overview;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.nianbao.frontend.backend.NewRequests;
import cn.nianbao.frontend.backend.NewRequests.PointState;
import cn.nianbao.frontend.backend.NewRequests.SeriesPoint;
import cn.nianbao.frontend.backend.ReportSummary;

/**
 * The key figures of the overview for the latest year, counted from what the API gives; no rule of its own.
 *
 * @param bodies   townships under the region
 * @param expected of them, those expected to report in {@code year}
 * @param received reports received for {@code year}
 * @param missing  expected bodies without a report for {@code year}
 * @param blank    reports whose 本年新收申请数量 is printed blank
 * @param total    the sum of the printed 本年新收申请数量
 */
public record OverviewFigures(int year, int bodies, int expected, int received, int missing, int blank, int total) {

    public static OverviewFigures of(NewRequests data, int year, List<ReportSummary> reportsOfYear) {
        Set<String> bodies = data.series().stream().map(NewRequests.AgencySeries::agencyCode)
                .collect(Collectors.toSet());
        Set<String> reported = reportsOfYear.stream().filter(r -> r.year() == year)
                .map(ReportSummary::agencyCode).filter(bodies::contains).collect(Collectors.toSet());
        List<NewRequests.AgencySeries> expectedBodies = data.series().stream()
                .filter(s -> s.point(year).state() != PointState.NOT_EXPECTED).toList();
        int missing = (int) expectedBodies.stream().filter(s -> !reported.contains(s.agencyCode())).count();
        List<SeriesPoint> points = data.series().stream().map(s -> s.point(year)).toList();
        int blank = (int) points.stream().filter(p -> p.state() == PointState.BLANK).count();
        int total = points.stream().filter(p -> p.state() == PointState.REPORTED && p.value() != null)
                .mapToInt(SeriesPoint::value).sum();
        return new OverviewFigures(year, bodies.size(), expectedBodies.size(), reported.size(), missing, blank, total);
    }
}
