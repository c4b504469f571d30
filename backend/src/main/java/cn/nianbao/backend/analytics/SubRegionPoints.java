package cn.nianbao.backend.analytics;

import java.util.List;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.analytics.persistence.MetricQuery;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A metric per sub-region and year: each sub-region's whole subtree (its own body included) summed as the overview
 * sums a region, from the pre-aggregated figures. A sub-region's point is {@code reported} when some body under it
 * printed what the metric needs, {@code blank} when none did.
 */
@Component
class SubRegionPoints {

    /** Sub-regions summed at once: a province has a few dozen, the nation 31. */
    private static final int CONCURRENCY = 4;

    private final MetricQuery metrics;

    SubRegionPoints(MetricQuery metrics) {
        this.metrics = metrics;
    }

    Mono<List<MetricQuery.PointRow>> points(AnalysedRegion region, List<Agency> children, Metric metric,
                                            int fromYear, int toYear) {
        return Flux.fromIterable(children)
                .flatMapSequential(child -> metrics.subtreeTotals(new BodySelection(child.code(), false,
                                region.selection().kind()), List.of(metric), fromYear, toYear)
                        .map(totals -> point(child, metric, totals)), CONCURRENCY)
                .collectList();
    }

    private static MetricQuery.PointRow point(Agency child, Metric metric, MetricQuery.YearTotals totals) {
        MetricQuery.Total total = totals.metrics().getFirst();
        boolean known = metric instanceof Ratio ? total.numerator() != null && total.denominator() != null
                : total.value() != null;
        return new MetricQuery.PointRow(child.code(), totals.year(), known ? PointState.REPORTED : PointState.BLANK,
                total.value(), total.numerator(), total.denominator());
    }
}
