package cn.nianbao.backend.chart;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.DataAsOf;
import cn.nianbao.backend.analytics.Metric;
import cn.nianbao.backend.analytics.Ranking;
import cn.nianbao.backend.analytics.RankingAnalysis;
import cn.nianbao.backend.analytics.RegionSeries;
import cn.nianbao.backend.analytics.SeriesAnalysis;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.YearRange;
import reactor.core.publisher.Mono;

/**
 * The analytics answers one caller's charts read, each asked once. The charts of a meeting pack share most of them:
 * the trend, the heat map and the small multiples read the same bodies' series, four charts the same ranking of the
 * last year, and every chart the date of the data. One per chart on the page (nothing to share), one per pack.
 * It lives as long as the pack, whose charts are bounded, so it keeps a handful of answers.
 */
public final class ChartReads {

    private final Caller caller;
    private final SeriesAnalysis series;
    private final RankingAnalysis ranking;
    private final DataAsOf dataAsOf;
    private final Map<List<Object>, Mono<?>> answers = new ConcurrentHashMap<>();

    ChartReads(Caller caller, SeriesAnalysis series, RankingAnalysis ranking, DataAsOf dataAsOf) {
        this.caller = caller;
        this.series = series;
        this.ranking = ranking;
        this.dataAsOf = dataAsOf;
    }

    Caller caller() {
        return caller;
    }

    Mono<RegionSeries> series(String region, Metric metric, YearRange.Requested years, AgencyKind kind) {
        return once(Arrays.asList("series", region, metric.id(), years, kind),
                () -> series.series(caller, region, metric, years, kind));
    }

    Mono<Ranking> ranking(String region, Metric metric, Integer year, AgencyKind kind) {
        return once(Arrays.asList("ranking", region, metric.id(), year, kind),
                () -> ranking.ranking(caller, region, metric, year, kind));
    }

    /** The date of the region's data as the caller sees it; empty when it has no report. */
    public Mono<Optional<OffsetDateTime>> latestChange(String region) {
        return once(Arrays.asList("latestChange", region), () -> dataAsOf.latestChange(caller, region)
                .map(Optional::of).defaultIfEmpty(Optional.empty()));
    }

    @SuppressWarnings("unchecked")
    private <T> Mono<T> once(List<Object> question, Supplier<Mono<T>> read) {
        return (Mono<T>) answers.computeIfAbsent(question, asked -> read.get().cache());
    }
}
