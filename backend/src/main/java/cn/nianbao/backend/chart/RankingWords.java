package cn.nianbao.backend.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.analytics.MetricKind;
import cn.nianbao.backend.analytics.Point;
import cn.nianbao.backend.analytics.Ranking;
import cn.nianbao.backend.analytics.RegionRef;

/**
 * What a caption says about the bodies of a ranking ({@code GET /api/analytics/ranking}): who is highest, who rose
 * most, how many rose and fell. For a rate only bodies with enough cases behind it count, so that 1 of 1 request
 * granted (100 %) does not lead.
 */
final class RankingWords {

    private RankingWords() {
    }

    /** The highest body with a number (for a rate: with enough cases), if any. */
    static Optional<Ranking.Line> highest(Ranking ranking) {
        return ranking.lines().stream().filter(line -> line.rank() != null && trusted(line.current())).findFirst();
    }

    /**
     * “样本不少于 10 件的机构中，” when the highest body of a rate is not the first ranked because that one stands on
     * too few cases; empty otherwise.
     */
    static String screened(Ranking ranking) {
        Optional<Ranking.Line> first = ranking.lines().stream().filter(line -> line.rank() != null).findFirst();
        Optional<Ranking.Line> trusted = highest(ranking);
        return first.isPresent() && trusted.isPresent() && first.get() != trusted.get()
                ? "样本不少于 " + ranking.metric().minSample() + " 件的机构中，" : "";
    }

    /** The body whose number rose most against last year, if any rose. */
    static Optional<Ranking.Line> biggestRise(Ranking ranking) {
        return comparable(ranking).filter(line -> ChineseFigures.decimal(line.change()).signum() > 0)
                .max(Comparator.comparing((Ranking.Line line) -> ChineseFigures.decimal(line.change())));
    }

    /** How many bodies rose, fell and stayed level against last year. */
    static int[] risenFallenLevel(Ranking ranking) {
        int[] counts = new int[3];
        comparable(ranking).forEach(line -> {
            int sign = ChineseFigures.decimal(line.change()).signum();
            counts[sign > 0 ? 0 : sign < 0 ? 1 : 2]++;
        });
        return counts;
    }

    /** 桃源镇人民政府（34 件）, for a rate 城关街道办事处（62.5%，n=16）. */
    static String named(Ranking.Line line, RegionRef region, MetricInfo metric) {
        return ChartWords.body(line.agencyName(), region) + "（" + valueWithSample(line.current(), metric) + "）";
    }

    /** 34 件, or 62.5%（n=16） for a rate. */
    static String valueWithSample(Point point, MetricInfo metric) {
        String value = ChineseFigures.value(point.value(), metric.kind(), metric.unit());
        return metric.kind() == MetricKind.RATE && point.denominator() != null
                ? value + "，n=" + ChineseFigures.count(point.denominator()) : value;
    }

    /** “；增加最多的是桃源镇人民政府（+12 件）” or “；没有机构比上年增加”; empty when nothing compares. */
    static String risePhrase(Ranking ranking, RegionRef region, MetricInfo metric) {
        if (comparable(ranking).findAny().isEmpty()) {
            return "";
        }
        return biggestRise(ranking)
                .map(line -> "；" + ChartWords.rise(metric.kind()) + "最多的是" + ChartWords.body(line.agencyName(), region)
                        + "（" + ChineseFigures.signedChange(line.change(), metric.kind(), metric.unit()) + "）")
                .orElse("；没有机构比上年" + ChartWords.rise(metric.kind()));
    }

    private static Stream<Ranking.Line> comparable(Ranking ranking) {
        return ranking.lines().stream().filter(line -> line.change() != null && trusted(line.current())
                && trusted(line.previous()));
    }

    private static boolean trusted(Point point) {
        return point.hasValue() && !Boolean.FALSE.equals(point.reliable());
    }

    static List<Ranking.Line> ranked(Ranking ranking) {
        return ranking.lines().stream().filter(line -> line.rank() != null).toList();
    }
}
