package cn.nianbao.backend.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.persistence.MetricQuery;
import cn.nianbao.backend.analytics.persistence.ReportYearsQuery;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.YearRange;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuples;

/** A metric per year per body under a region, with printed 0, blank, missing table and missing report kept apart. */
@Service
public class SeriesAnalysis {

    private final AnalysedRegions regions;
    private final MetricQuery metrics;
    private final ReportYearsQuery reportYears;
    private final MinimumSample minimum;
    private final SubRegionPoints subRegions;

    public SeriesAnalysis(AnalysedRegions regions, MetricQuery metrics, ReportYearsQuery reportYears,
                          MinimumSample minimum, SubRegionPoints subRegions) {
        this.regions = regions;
        this.subRegions = subRegions;
        this.metrics = metrics;
        this.reportYears = reportYears;
        this.minimum = minimum;
    }

    public Mono<RegionSeries> series(Caller caller, String regionCode, Metric metric, YearRange.Requested years,
                                     AgencyKind kind) {
        return series(caller, regionCode, metric, years, kind, null);
    }

    /** {@code by} null: by sub-region when the region has more bodies than an answer lists one by one. */
    public Mono<RegionSeries> series(Caller caller, String regionCode, Metric metric, YearRange.Requested years,
                                     AgencyKind kind, Grouping by) {
        return regions.grouped(caller, regionCode, kind, by, metrics).flatMap(grouped -> {
            AnalysedRegion region = grouped.region();
            Grouping grouping = grouped.grouping();
            return range(region, years).flatMap(range -> (grouping == Grouping.CHILDREN
                    ? regions.children(grouped).flatMap(children -> subRegions.points(region, children, metric,
                            range.from(), range.to()).map(points -> Tuples.of(children, points)))
                    : Mono.zip(regions.bodies(region),
                            metrics.points(region.selection(), metric, range.from(), range.to()).collectList()))
                    .map(both -> new RegionSeries(region.ref(), grouping.code(), MetricInfo.of(metric, minimum),
                            range.years(), series(both.getT1(), metric, both.getT2(), range.years().size()))));
        });
    }

    private Mono<YearRange> range(AnalysedRegion region, YearRange.Requested years) {
        if (years.to() != null) {
            return Mono.just(years.resolve(null));
        }
        return reportYears.years(region.wholeRegion())
                .map(withReports -> years.resolve(withReports.isEmpty() ? null : withReports.getLast()));
    }

    /** The bodies in tree order, each with its points year by year. */
    private List<AgencySeries> series(List<Agency> bodies, Metric metric, List<MetricQuery.PointRow> rows,
                                      int yearCount) {
        Map<String, List<Point>> byBody = new HashMap<>();
        rows.stream().sorted(Comparator.comparingInt(MetricQuery.PointRow::year)).forEach(row -> byBody
                .computeIfAbsent(row.agencyCode(), code -> new ArrayList<>(yearCount))
                .add(MetricNumbers.point(metric, row, minimum)));
        List<AgencySeries> series = new ArrayList<>(bodies.size());
        for (Agency body : bodies) {
            List<Point> points = byBody.get(body.code());
            // a body added to the tree between the two reads has no points yet: it appears in the next answer
            if (points != null && points.size() == yearCount) {
                series.add(new AgencySeries(body.code(), body.name(), body.kind(), body.demo(), points));
            }
        }
        return series;
    }
}
