package cn.nianbao.backend.analytics;

import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.persistence.MetricQuery;
import cn.nianbao.backend.analytics.persistence.SubtreeCountsQuery;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reports counted per sub-region and year from the pre-aggregated figures, for answers that summarise a large region
 * line by line (the completeness matrix by sub-region). The caller has checked the region's visibility.
 */
@Service
public class SubtreeCounts {

    private final SubtreeCountsQuery query;
    private final MetricQuery metrics;

    public SubtreeCounts(SubtreeCountsQuery query, MetricQuery metrics) {
        this.query = query;
        this.metrics = metrics;
    }

    /** Per line and year; a line of {@code subtrees} counts its body and every body under it, of {@code own} its body. */
    public Flux<LineCounts> counts(List<Long> subtrees, List<Long> own, AgencyKind kind,
                                                    int fromYear, int toYear) {
        return query.counts(subtrees, own, kind, fromYear, toYear);
    }

    /** How many bodies (of the kind; null: all) lie under the region, the region's own body not counted. */
    public Mono<Integer> bodyCount(String regionCode, AgencyKind kind) {
        return metrics.bodyCount(new BodySelection(regionCode, false, kind));
    }

    /** The last year with a report by the region's body or a body under it, or empty. */
    public Mono<Integer> latestYear(long regionId) {
        return query.latestYear(regionId);
    }
}
