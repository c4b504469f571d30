package cn.nianbao.backend.analytics;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.analytics.persistence.MetricQuery;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A metric per sub-region and year: each sub-region's whole subtree (its own body included) summed as the overview
 * sums a region, from the pre-aggregated figures. A sub-region's point is {@code reported} when some body under it
 * printed what the metric needs, {@code blank} when none did. All the sub-regions in one query.
 */
@Component
class SubRegionPoints {

    private final MetricQuery metrics;

    SubRegionPoints(MetricQuery metrics) {
        this.metrics = metrics;
    }

    Mono<List<MetricQuery.PointRow>> points(AnalysedRegion region, List<Agency> children, Metric metric,
                                            int fromYear, int toYear) {
        Map<Long, Agency> byId = children.stream().collect(Collectors.toMap(Agency::id, Function.identity()));
        return metrics.subtreeTotals(region.selection(), List.copyOf(byId.keySet()), List.of(metric), fromYear, toYear)
                .map(line -> point(byId.get(line.subRegion()), metric, line.totals()))
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
