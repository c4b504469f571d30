package cn.nianbao.backend.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.persistence.MetricQuery;
import cn.nianbao.backend.analytics.persistence.ReportYearsQuery;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.YearRange;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Metrics summed over a region for each year of a range, with the change against the year before: the trends under
 * the overview's tiles (outcome composition, applicants, reviews and lawsuits). One query over the range and the year
 * before it, added up in the database exactly as the overview's tiles are.
 */
@Service
public class RegionTotalsAnalysis {

    /** The most metrics one call may sum: the charts need at most a dozen. */
    public static final int MAX_METRICS = 16;

    private final AnalysedRegions regions;
    private final MetricQuery metrics;
    private final ReportYearsQuery reportYears;
    private final MinimumSample minimum;

    public RegionTotalsAnalysis(AnalysedRegions regions, MetricQuery metrics, ReportYearsQuery reportYears,
                                MinimumSample minimum) {
        this.regions = regions;
        this.metrics = metrics;
        this.reportYears = reportYears;
        this.minimum = minimum;
    }

    public Mono<RegionTotals> totals(Caller caller, String regionCode, List<Metric> summed, YearRange.Requested years,
                                     AgencyKind kind) {
        if (summed.isEmpty() || summed.size() > MAX_METRICS) {
            throw new IllegalArgumentException("between 1 and " + MAX_METRICS + " metrics, not " + summed.size());
        }
        return regions.of(caller, regionCode, kind).flatMap(region -> range(region, years).flatMap(range ->
                // the year before the range too, so that its first year has a change
                metrics.totals(region.selection(), region.root().id(), summed, range.from() - 1, range.to())
                        .collectList()
                        .map(rows -> new RegionTotals(region.ref(), region.selection().regionItself(), range.years(),
                                totals(summed, rows, range)))));
    }

    private Mono<YearRange> range(AnalysedRegion region, YearRange.Requested years) {
        if (years.to() != null) {
            return Mono.just(years.resolve(null));
        }
        return reportYears.years(region.wholeRegion())
                .map(withReports -> years.resolve(withReports.isEmpty() ? null : withReports.getLast()));
    }

    private List<RegionTotals.MetricTotals> totals(List<Metric> summed, List<MetricQuery.YearTotals> rows,
                                                   YearRange range) {
        Map<Integer, MetricQuery.YearTotals> byYear = rows.stream()
                .collect(Collectors.toMap(MetricQuery.YearTotals::year, Function.identity()));
        List<RegionTotals.MetricTotals> totals = new ArrayList<>(summed.size());
        for (int i = 0; i < summed.size(); i++) {
            Metric metric = summed.get(i);
            List<RegionTotals.YearTotal> points = new ArrayList<>(range.years().size());
            for (int year : range.years()) {
                MetricQuery.Total now = total(byYear, year, i);
                Number value = MetricNumbers.of(metric.kind(), now.value());
                Number before = MetricNumbers.of(metric.kind(), total(byYear, year - 1, i).value());
                points.add(new RegionTotals.YearTotal(year, value, MetricNumbers.count(now.numerator()),
                        MetricNumbers.count(now.denominator()), minimum.reliable(metric, now.denominator()), before,
                        MetricNumbers.change(value, before), MetricNumbers.changeRate(value, before)));
            }
            totals.add(new RegionTotals.MetricTotals(MetricInfo.of(metric, minimum), points));
        }
        return totals;
    }

    /** A year without a single body counted has no sums. */
    private static MetricQuery.Total total(Map<Integer, MetricQuery.YearTotals> byYear, int year, int metric) {
        MetricQuery.YearTotals row = byYear.get(year);
        return row == null ? new MetricQuery.Total(null, null, null) : row.metrics().get(metric);
    }
}
