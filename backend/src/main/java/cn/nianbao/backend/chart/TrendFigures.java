package cn.nianbao.backend.chart;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.analytics.AgencySeries;
import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.analytics.MetricKind;
import cn.nianbao.backend.analytics.Ranking;
import cn.nianbao.backend.analytics.RegionRef;
import cn.nianbao.backend.analytics.RegionSeries;
import cn.nianbao.backend.analytics.RegionTotals;
import cn.nianbao.backend.analytics.RegionTotalsAnalysis;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The 总览 trend ({@code overview}): a metric year by year for the region's total and/or its top bodies, with a
 * caption on the last year: the total, its change, and the body that rose most.
 */
@Component
class TrendFigures {

    static final String TOTAL_KEY = "total";

    private final RegionTotalsAnalysis totals;

    TrendFigures(RegionTotalsAnalysis totals) {
        this.totals = totals;
    }

    Mono<ChartData> overview(ChartReads reads, ChartRequest request) {
        Mono<RegionTotals> total = totals.totals(reads.caller(), request.region(), List.of(request.metric()),
                request.years(), request.kind());
        Mono<RegionSeries> bodies = reads.series(request.region(), request.metric(), request.years(), request.kind());
        return Mono.zip(total, bodies).flatMap(both -> reads.ranking(request.region(), request.metric(),
                        both.getT1().years().getLast(), request.kind())
                .map(lastYear -> figures(request, both.getT1(), both.getT2(), lastYear)));
    }

    private static ChartData figures(ChartRequest request, RegionTotals totals, RegionSeries series, Ranking ranking) {
        RegionRef region = totals.region();
        RegionTotals.MetricTotals sum = totals.metrics().getFirst();
        MetricInfo metric = sum.metric();
        boolean drawTotal = request.lines() != ChartRequest.Lines.BODIES;
        boolean drawBodies = request.lines() != ChartRequest.Lines.TOTAL;
        BodyChoice choice = drawBodies ? BodyChoice.top(series.series(), request.top())
                : new BodyChoice(List.of(), 0);

        List<ChartData.Column> columns = new ArrayList<>();
        if (drawTotal) {
            columns.add(new ChartData.Column(TOTAL_KEY, totalLabel(region, totals, request, metric), null));
        }
        choice.chosen().forEach(body -> columns.add(new ChartData.Column(body.agencyCode(),
                ChartWords.body(body.agencyName(), region), null)));
        List<ChartData.Row> rows = new ArrayList<>();
        for (int i = 0; i < totals.years().size(); i++) {
            int year = totals.years().get(i);
            List<ChartData.Cell> cells = new ArrayList<>();
            if (drawTotal) {
                cells.add(ChartData.Cell.of(sum.in(year)));
            }
            for (AgencySeries body : choice.chosen()) {
                cells.add(ChartData.Cell.of(body.points().get(i)));
            }
            rows.add(new ChartData.Row(Integer.toString(year), Integer.toString(year), cells));
        }

        List<String> notes = new ArrayList<>();
        if (drawBodies && choice.leftOut() > 0) {
            notes.add("只画出 " + ranking.year() + " 年数值最高的 " + choice.chosen().size() + " 个机构，另有 "
                    + choice.leftOut() + " 个机构未画出");
        }
        if (drawBodies) {
            notes.add("折线中断处：该年未填报（空白）、缺表、缺报或无需报送");
        }
        if (metric.kind() == MetricKind.RATE) {
            notes.add("空心点：样本不足 " + metric.minSample() + " 件，仅供参考");
        }
        if (drawTotal && !totals.ownBodyOnly()) {
            notes.add("合计为所辖机构已填报数之和，不含" + ChartWords.region(region) + "本级");
        }
        String title = ChartWords.region(region) + (totals.ownBodyOnly() ? "" : bodiesWord(request)) + metric.label()
                + "趋势（" + ChartWords.years(totals.years()) + "）";
        return new ChartData(ChartKind.OVERVIEW, title, caption(request, totals, sum, ranking), notes, null, region,
                totals.years(), metric, metric.unit(), choice.leftOut(), new ChartData.Table("年度", columns, rows));
    }

    private static String bodiesWord(ChartRequest request) {
        return request.kind() == null ? "" : ChartWords.bodies(request.kind());
    }

    private static String totalLabel(RegionRef region, RegionTotals totals, ChartRequest request, MetricInfo metric) {
        if (totals.ownBodyOnly()) {
            return ChartWords.region(region);
        }
        return ChartWords.region(region) + (request.kind() == null ? "" : ChartWords.bodies(request.kind()))
                + (metric.kind() == MetricKind.RATE ? "总体" : "合计");
    }

    /** 2024 年示例市各机构本年新收申请数量合计 1,234 件，比上年增长 12.3%；增加最多的是桃源镇人民政府（+12 件）. */
    private static String caption(ChartRequest request, RegionTotals totals, RegionTotals.MetricTotals sum,
                                  Ranking ranking) {
        MetricInfo metric = sum.metric();
        int year = totals.years().getLast();
        RegionTotals.YearTotal last = sum.in(year);
        String who = year + " 年" + ChartWords.region(totals.region())
                + (totals.ownBodyOnly() ? "" : ChartWords.bodies(request.kind()));
        if (last.value() == null) {
            return who + "没有" + metric.label() + "的数据（无人填报）";
        }
        StringBuilder caption = new StringBuilder(who).append(metric.label());
        if (metric.kind() == MetricKind.RATE) {
            caption.append(totals.ownBodyOnly() ? "为 " : "总体为 ").append(ChineseFigures.percent(last.value()))
                    .append("（").append(ChineseFigures.count(last.numerator())).append("/")
                    .append(ChineseFigures.count(last.denominator())).append("）");
        } else {
            caption.append(totals.ownBodyOnly() ? " " : "合计 ")
                    .append(ChineseFigures.value(last.value(), metric.kind(), metric.unit()));
        }
        String change = ChartWords.change(last, metric.kind(), metric.unit());
        if (!change.isEmpty()) {
            caption.append("，").append(change);
        }
        if (!totals.ownBodyOnly()) {
            caption.append(RankingWords.risePhrase(ranking, totals.region(), metric));
        }
        return caption.toString();
    }
}
