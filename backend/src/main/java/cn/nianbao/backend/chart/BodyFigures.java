package cn.nianbao.backend.chart;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.analytics.AgencySeries;
import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.analytics.MetricKind;
import cn.nianbao.backend.analytics.Point;
import cn.nianbao.backend.analytics.PointState;
import cn.nianbao.backend.analytics.Ranking;
import cn.nianbao.backend.analytics.RegionRef;
import cn.nianbao.backend.analytics.RegionSeries;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

/**
 * The comparisons of the bodies under a region (乡镇对比): the ranking of one year beside the year before
 * ({@code ranking}), the body × year heat map ({@code heatmap}) and a small trend per body ({@code small-multiples}).
 */
@Component
class BodyFigures {

    static final String RANK_KEY = "rank";
    static final String CURRENT_KEY = "current";
    static final String PREVIOUS_KEY = "previous";
    static final String CHANGE_KEY = "change";

    /** The states a cell without a number may have, as the legends and notes name them. */
    static final Map<PointState, String> STATE_WORDS = stateWords();

    /** The {@code top} bodies with a number in the year, descending, each with last year's beside it. */
    Mono<ChartData> ranking(ChartReads reads, ChartRequest request) {
        Integer year = request.year() != null ? request.year() : request.years().to();
        return reads.ranking(request.region(), request.metric(), year, request.kind())
                .map(ranked -> rankingFigures(request, ranked));
    }

    private static ChartData rankingFigures(ChartRequest request, Ranking ranked) {
        MetricInfo metric = ranked.metric();
        RegionRef region = ranked.region();
        List<Ranking.Line> withNumber = RankingWords.ranked(ranked);
        List<Ranking.Line> drawn = withNumber.subList(0, Math.min(request.top(), withNumber.size()));
        List<ChartData.Column> columns = List.of(new ChartData.Column(RANK_KEY, "名次", null),
                new ChartData.Column(CURRENT_KEY, ranked.year() + " 年", null),
                new ChartData.Column(PREVIOUS_KEY, (ranked.year() - 1) + " 年", null),
                new ChartData.Column(CHANGE_KEY, "变化", null));
        List<ChartData.Row> rows = drawn.stream().map(line -> new ChartData.Row(line.agencyCode(),
                ChartWords.body(line.agencyName(), region), List.of(ChartData.Cell.number(line.rank()),
                ChartData.Cell.of(line.current()), ChartData.Cell.of(line.previous()),
                ChartData.Cell.number(line.change())))).toList();

        List<String> notes = new ArrayList<>();
        if (withNumber.size() > drawn.size()) {
            notes.add("只画出前 " + drawn.size() + " 名，另有 " + (withNumber.size() - drawn.size()) + " 个有数值的机构未画出");
        }
        Map<PointState, Integer> without = new EnumMap<>(PointState.class);
        ranked.lines().stream().filter(line -> line.rank() == null)
                .forEach(line -> without.merge(line.current().state(), 1, Integer::sum));
        if (!without.isEmpty()) {
            notes.add(ranked.year() + " 年无数值、未参加排名：" + stateCounts(without, "个"));
        }
        if (metric.kind() == MetricKind.RATE) {
            notes.add("灰色条：样本不足 " + metric.minSample() + " 件，仅供参考");
        }
        String caption;
        if (withNumber.isEmpty()) {
            caption = ranked.year() + " 年" + ChartWords.region(region) + ChartWords.bodies(request.kind()) + "没有"
                    + metric.label() + "的数据";
        } else {
            Ranking.Line first = RankingWords.highest(ranked).orElse(withNumber.getFirst());
            caption = ranked.year() + " 年" + RankingWords.screened(ranked) + metric.label() + "最高的是"
                    + RankingWords.named(first, region, metric)
                    + "；" + withNumber.size() + " 个机构有数值" + RankingWords.risePhrase(ranked, region, metric);
        }
        String title = ChartWords.region(region) + ChartWords.bodies(request.kind()) + metric.label() + "排名（"
                + ranked.year() + " 年，与上年对比）";
        return new ChartData(ChartKind.RANKING, title, caption, notes, null, region,
                List.of(ranked.year() - 1, ranked.year()), metric, metric.unit(), ranked.lines().size() - drawn.size(),
                new ChartData.Table("机构", columns, rows));
    }

    /** Bodies × years, every cell with its state. */
    Mono<ChartData> heatmap(ChartReads reads, ChartRequest request) {
        return seriesAndRanking(reads, request).map(both -> grid(ChartKind.HEATMAP, request, both.getT1(),
                both.getT2(), "逐年情况"));
    }

    /** One small trend per body, on a common scale. */
    Mono<ChartData> smallMultiples(ChartReads reads, ChartRequest request) {
        return seriesAndRanking(reads, request).map(both -> grid(ChartKind.SMALL_MULTIPLES, request, both.getT1(),
                both.getT2(), "趋势"));
    }

    private static Mono<Tuple2<RegionSeries, Ranking>> seriesAndRanking(ChartReads reads, ChartRequest request) {
        return reads.series(request.region(), request.metric(), request.years(), request.kind())
                .flatMap(found -> reads.ranking(request.region(), request.metric(),
                                found.years().getLast(), request.kind())
                        .map(ranked -> Tuples.of(found, ranked)));
    }

    private static ChartData grid(ChartKind chart, ChartRequest request, RegionSeries found, Ranking ranked,
                                  String subject) {
        RegionRef region = found.region();
        MetricInfo metric = found.metric();
        BodyChoice choice = BodyChoice.top(found.series(), request.top());
        List<ChartData.Column> columns = found.years().stream()
                .map(year -> new ChartData.Column(Integer.toString(year), Integer.toString(year), null)).toList();
        List<ChartData.Row> rows = choice.chosen().stream().map(body -> new ChartData.Row(body.agencyCode(),
                ChartWords.body(body.agencyName(), region),
                body.points().stream().map(ChartData.Cell::of).toList())).toList();

        Map<PointState, Integer> gaps = new EnumMap<>(PointState.class);
        for (AgencySeries body : found.series()) {
            for (Point point : body.points()) {
                if (point.state() != PointState.REPORTED && point.state() != PointState.NOT_EXPECTED) {
                    gaps.merge(point.state(), 1, Integer::sum);
                }
            }
        }
        int year = found.years().getLast();
        StringBuilder caption = new StringBuilder(ChartWords.years(found.years())).append(ChartWords.region(region))
                .append(ChartWords.bodies(request.kind())).append("（").append(found.series().size()).append(" 个）");
        if (chart == ChartKind.SMALL_MULTIPLES) {
            int[] counts = RankingWords.risenFallenLevel(ranked);
            caption.append("：").append(year).append(" 年比上年").append(ChartWords.rise(metric.kind())).append("的 ")
                    .append(counts[0]).append(" 个、").append(metric.kind() == MetricKind.RATE ? "降低" : "减少")
                    .append("的 ").append(counts[1]).append(" 个、持平的 ").append(counts[2]).append(" 个")
                    .append(RankingWords.risePhrase(ranked, region, metric));
        } else {
            caption.append(metric.label()).append("：").append(RankingWords.highest(ranked)
                    .map(line -> year + " 年" + RankingWords.screened(ranked) + "最高的是"
                            + RankingWords.named(line, region, metric))
                    .orElse(year + " 年无人填报"));
            caption.append("；").append(gaps.isEmpty() ? "各年均已填报" : "共" + stateCounts(gaps, "次"));
        }
        List<String> notes = new ArrayList<>();
        if (choice.leftOut() > 0) {
            notes.add("按 " + year + " 年数值取前 " + choice.chosen().size() + " 个机构，另有 " + choice.leftOut()
                    + " 个机构未画出");
        }
        if (metric.kind() == MetricKind.RATE) {
            notes.add((chart == ChartKind.HEATMAP ? "带 * 的比率" : "空心点") + "样本不足 " + metric.minSample()
                    + " 件，仅供参考");
        }
        String title = ChartWords.region(region) + ChartWords.bodies(request.kind()) + metric.label() + subject + "（"
                + ChartWords.years(found.years()) + "）";
        return new ChartData(chart, title, caption.toString(), notes, null, region, found.years(), metric,
                metric.unit(), choice.leftOut(), new ChartData.Table("机构", columns, rows));
    }

    /** 缺报 2 个、空白 1 个. */
    private static String stateCounts(Map<PointState, Integer> counts, String measure) {
        List<String> parts = new ArrayList<>();
        counts.forEach((state, count) -> parts.add(STATE_WORDS.get(state) + " " + count + " " + measure));
        return String.join("、", parts);
    }

    private static Map<PointState, String> stateWords() {
        Map<PointState, String> words = new EnumMap<>(PointState.class);
        words.put(PointState.REPORTED, "分母为 0（无案件）");
        words.put(PointState.BLANK, "空白");
        words.put(PointState.TABLE_MISSING, "缺表");
        words.put(PointState.MISSING, "缺报");
        words.put(PointState.NOT_EXPECTED, "无需报送");
        return Map.copyOf(words);
    }
}
