package cn.nianbao.backend.chart;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import cn.nianbao.backend.analytics.DataAsOf;
import cn.nianbao.backend.analytics.RankingAnalysis;
import cn.nianbao.backend.analytics.RegionRef;
import cn.nianbao.backend.analytics.SeriesAnalysis;
import cn.nianbao.backend.platform.security.Caller;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The figures of every dashboard chart, read through the analytics services (so a chart and the endpoints of
 * {@code /api/analytics} show the same numbers) and put into words. It keeps nothing and has no SQL of its own.
 */
@Service
public class ChartService {

    /** The dates of the data are printed as a Chinese reader's calendar has them. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TrendFigures trend;
    private final CompositionFigures compositions;
    private final BodyFigures bodies;
    private final QualityFigures quality;
    private final SeriesAnalysis series;
    private final RankingAnalysis ranking;
    private final DataAsOf dataAsOf;

    ChartService(TrendFigures trend, CompositionFigures compositions, BodyFigures bodies, QualityFigures quality,
                 SeriesAnalysis series, RankingAnalysis ranking, DataAsOf dataAsOf) {
        this.trend = trend;
        this.compositions = compositions;
        this.bodies = bodies;
        this.quality = quality;
        this.series = series;
        this.ranking = ranking;
        this.dataAsOf = dataAsOf;
    }

    /** The chart's figures and words, scope-checked: a region outside the caller's scope is a 404. */
    public Mono<ChartData> data(Caller caller, ChartRequest request) {
        return data(reads(caller), request);
    }

    /** The reads several charts of one caller share (a meeting pack's), each answer asked once. */
    public ChartReads reads(Caller caller) {
        return new ChartReads(caller, series, ranking, dataAsOf);
    }

    /** As {@link #data(Caller, ChartRequest)}, the answers taken from (and kept in) {@code reads}. */
    public Mono<ChartData> data(ChartReads reads, ChartRequest request) {
        Caller caller = reads.caller();
        Mono<ChartData> figures = switch (request.chart()) {
            case OVERVIEW -> trend.overview(reads, request);
            case OUTCOMES -> compositions.outcomes(caller, request);
            case APPLICANTS -> compositions.applicants(caller, request);
            case REVIEWS -> compositions.reviews(caller, request);
            case RANKING -> bodies.ranking(reads, request);
            case HEATMAP -> bodies.heatmap(reads, request);
            case SMALL_MULTIPLES -> bodies.smallMultiples(reads, request);
            case QUALITY_HISTORY -> quality.history(caller, request);
        };
        return figures.flatMap(data -> reads.latestChange(request.region())
                .map(date -> data.withSource(sourceLine(data.region(), data.years(), date))));
    }

    /** 数据来源：年报通｜示例市人民政府（示例数据）｜2019—2024 年｜数据截至 2026-12-01. */
    static String sourceLine(RegionRef region, List<Integer> years, Optional<OffsetDateTime> latestChange) {
        return "数据来源：年报通｜" + region.name() + (region.demo() ? "（示例数据）" : "") + "｜"
                + ChartWords.years(years) + "｜"
                + latestChange.map(at -> "数据截至 " + at.atZoneSameInstant(CHINA).toLocalDate()).orElse("尚无年报数据");
    }
}
