package cn.nianbao.backend.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.persistence.MetricQuery;
import cn.nianbao.backend.analytics.persistence.ReportYearsQuery;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.YearRange;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The key figures of a region for one year, each beside last year's: how many bodies were expected, reported,
 * missed, published on time; the requests received, 公开率, reviews, lawsuits and 纠错率 summed over the bodies that
 * printed them. Added up in the database, in one query for both years.
 */
@Service
public class OverviewAnalysis {

    /** A tile that shows a metric summed over the region. */
    private record MetricTile(String id, String label, Metric metric) {
    }

    /** A tile that counts bodies. */
    private record BodyTile(String id, String label, ToIntFunction<MetricQuery.YearTotals> count) {
    }

    static final String BODIES_UNIT = "个";

    private static final List<BodyTile> BODY_TILES = List.of(
            new BodyTile("bodies_expected", "应报机构数", MetricQuery.YearTotals::expected),
            new BodyTile("bodies_reported", "已报机构数", MetricQuery.YearTotals::reported),
            new BodyTile("bodies_missing", "缺报机构数", MetricQuery.YearTotals::missing),
            new BodyTile("bodies_on_time", "按时发布机构数", MetricQuery.YearTotals::onTime));

    private static final List<MetricTile> METRIC_TILES = List.of(
            new MetricTile("requests.new_received.total", "本年新收申请数量", MetricCatalogue.newReceived()),
            new MetricTile("rate.disclosure", "公开率", MetricCatalogue.require("rate.disclosure")),
            new MetricTile("reviews.total", "行政复议数量", MetricCatalogue.require("reviews.administrative_review.total")),
            new MetricTile("litigation.total", "行政诉讼数量", MetricCatalogue.require("litigation.total")),
            new MetricTile("rate.correction", "纠错率", MetricCatalogue.require("rate.correction")));

    private final AnalysedRegions regions;
    private final MetricQuery metrics;
    private final ReportYearsQuery reportYears;
    private final MinimumSample minimum;

    public OverviewAnalysis(AnalysedRegions regions, MetricQuery metrics, ReportYearsQuery reportYears,
                            MinimumSample minimum) {
        this.regions = regions;
        this.metrics = metrics;
        this.reportYears = reportYears;
        this.minimum = minimum;
    }

    /** {@code year} null: the latest year with a report in the region. */
    public Mono<Overview> overview(Caller caller, String regionCode, Integer year, AgencyKind kind) {
        List<Metric> tileMetrics = METRIC_TILES.stream().map(MetricTile::metric).toList();
        return regions.of(caller, regionCode, kind).flatMap(region -> {
            Mono<List<Integer>> years = reportYears.years(region.wholeRegion());
            // a year asked for needs no answer from the years with reports: both queries run at once
            return year != null
                    ? Mono.zip(years, totals(region, tileMetrics, year), (withReports, totals) ->
                            overview(region, year, withReports, totals, tileMetrics))
                    : years.flatMap(withReports -> {
                        int chosen = YearRange.yearOrLatest(null, withReports.isEmpty() ? null : withReports.getLast());
                        return totals(region, tileMetrics, chosen).map(totals ->
                                overview(region, chosen, withReports, totals, tileMetrics));
                    });
        });
    }

    private Mono<List<MetricQuery.YearTotals>> totals(AnalysedRegion region, List<Metric> tileMetrics, int year) {
        return metrics.totals(region.selection(), region.root().id(), tileMetrics, year - 1, year).collectList();
    }

    private Overview overview(AnalysedRegion region, int year, List<Integer> years,
                              List<MetricQuery.YearTotals> totals, List<Metric> tileMetrics) {
        return new Overview(region.ref(), year, years, tiles(of(totals, year, tileMetrics.size()),
                of(totals, year - 1, tileMetrics.size())));
    }

    private List<Tile> tiles(MetricQuery.YearTotals current, MetricQuery.YearTotals previous) {
        List<Tile> tiles = new ArrayList<>();
        for (BodyTile tile : BODY_TILES) {
            long value = tile.count().applyAsInt(current);
            long before = tile.count().applyAsInt(previous);
            tiles.add(new Tile(tile.id(), tile.label(), BODIES_UNIT, null, value, before,
                    MetricNumbers.change(value, before), MetricNumbers.changeRate(value, before), null, null, null));
        }
        for (int i = 0; i < METRIC_TILES.size(); i++) {
            MetricTile tile = METRIC_TILES.get(i);
            Metric metric = tile.metric();
            MetricQuery.Total now = current.metrics().get(i);
            Number value = MetricNumbers.of(metric.kind(), now.value());
            Number before = MetricNumbers.of(metric.kind(), previous.metrics().get(i).value());
            tiles.add(new Tile(tile.id(), tile.label(), metric.unit(), metric.id(), value, before,
                    MetricNumbers.change(value, before), MetricNumbers.changeRate(value, before),
                    MetricNumbers.count(now.numerator()), MetricNumbers.count(now.denominator()),
                    minimum.reliable(metric, now.denominator())));
        }
        return tiles;
    }

    /** The totals of that year; a year without a single body counted has zero bodies and no sums. */
    private static MetricQuery.YearTotals of(List<MetricQuery.YearTotals> totals, int year, int metricCount) {
        return totals.stream().filter(row -> row.year() == year).findFirst()
                .orElseGet(() -> new MetricQuery.YearTotals(year, 0, 0, 0, 0,
                        Collections.nCopies(metricCount, new MetricQuery.Total(null, null, null))));
    }
}
