package cn.nianbao.backend.analytics;

import java.math.BigDecimal;
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

/**
 * The bodies under a region ranked by a metric in one year, each with its point of the year before in its real
 * state: a body founded this year was not expected last year, it did not miss a report.
 */
@Service
public class RankingAnalysis {

    private final AnalysedRegions regions;
    private final MetricQuery metrics;
    private final ReportYearsQuery reportYears;
    private final MinimumSample minimum;
    private final SubRegionPoints subRegions;

    public RankingAnalysis(AnalysedRegions regions, MetricQuery metrics, ReportYearsQuery reportYears,
                           MinimumSample minimum, SubRegionPoints subRegions) {
        this.regions = regions;
        this.subRegions = subRegions;
        this.metrics = metrics;
        this.reportYears = reportYears;
        this.minimum = minimum;
    }

    /** {@code year} null: the latest year with a report in the region. */
    public Mono<Ranking> ranking(Caller caller, String regionCode, Metric metric, Integer year, AgencyKind kind) {
        return ranking(caller, regionCode, metric, year, kind, null);
    }

    /** {@code by} null: by sub-region when the region has more bodies than an answer lists one by one. */
    public Mono<Ranking> ranking(Caller caller, String regionCode, Metric metric, Integer year, AgencyKind kind,
                                 Grouping by) {
        return regions.grouped(caller, regionCode, kind, by, metrics).flatMap(grouped -> {
            AnalysedRegion region = grouped.region();
            Grouping grouping = grouped.grouping();
            return year(region, year).flatMap(chosen -> (grouping == Grouping.CHILDREN
                    ? regions.children(grouped).flatMap(children -> subRegions.points(region, children, metric,
                            chosen - 1, chosen).map(points -> new Lines(children, points)))
                    : Mono.zip(regions.bodies(region),
                            metrics.points(region.selection(), metric, chosen - 1, chosen).collectList(),
                            Lines::new))
                    .map(lines -> new Ranking(region.ref(), grouping.code(), MetricInfo.of(metric, minimum),
                            chosen, lines(lines.bodies(), pointsByBody(metric, lines.points()), chosen))));
        });
    }

    /** The lines' bodies (or sub-regions) and their points. */
    private record Lines(List<Agency> bodies, List<MetricQuery.PointRow> points) {
    }

    private Mono<Integer> year(AnalysedRegion region, Integer year) {
        if (year != null) {
            return Mono.just(year);
        }
        return reportYears.years(region.wholeRegion())
                .map(years -> YearRange.yearOrLatest(null, years.isEmpty() ? null : years.getLast()));
    }

    private Map<String, Map<Integer, Point>> pointsByBody(Metric metric, List<MetricQuery.PointRow> rows) {
        Map<String, Map<Integer, Point>> byBody = new HashMap<>();
        rows.forEach(row -> byBody.computeIfAbsent(row.agencyCode(), code -> new HashMap<>(2))
                .put(row.year(), MetricNumbers.point(metric, row, minimum)));
        return byBody;
    }

    /**
     * Bodies with a number first, descending, equal numbers sharing a rank (1, 2, 2, 4) and keeping tree order among
     * themselves; then the others in tree order without a rank.
     */
    static List<Ranking.Line> lines(List<Agency> bodies, Map<String, Map<Integer, Point>> points, int year) {
        List<Agency> covered = bodies.stream()
                .filter(body -> points.containsKey(body.code()) && points.get(body.code()).size() == 2).toList();
        List<Agency> ranked = covered.stream().filter(body -> current(points, body, year).hasValue())
                .sorted(Comparator.comparing((Agency body) -> decimal(current(points, body, year).value()))
                        .reversed())
                .toList();
        List<Ranking.Line> lines = new ArrayList<>(covered.size());
        BigDecimal lastValue = null;
        int rank = 0;
        for (int i = 0; i < ranked.size(); i++) {
            BigDecimal value = decimal(current(points, ranked.get(i), year).value());
            if (lastValue == null || value.compareTo(lastValue) != 0) {
                rank = i + 1;
                lastValue = value;
            }
            lines.add(line(rank, ranked.get(i), points, year));
        }
        covered.stream().filter(body -> !current(points, body, year).hasValue())
                .forEach(body -> lines.add(line(null, body, points, year)));
        return lines;
    }

    private static Ranking.Line line(Integer rank, Agency body, Map<String, Map<Integer, Point>> points, int year) {
        Point current = current(points, body, year);
        Point previous = points.get(body.code()).get(year - 1);
        boolean comparable = current.hasValue() && previous.hasValue();
        return new Ranking.Line(rank, body.code(), body.name(), body.kind(), body.demo(), current, previous,
                comparable ? MetricNumbers.change(current.value(), previous.value()) : null,
                comparable ? MetricNumbers.changeRate(current.value(), previous.value()) : null);
    }

    private static Point current(Map<String, Map<Integer, Point>> points, Agency body, int year) {
        return points.get(body.code()).get(year);
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(number.longValue());
    }
}
