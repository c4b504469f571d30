package cn.nianbao.backend.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import cn.nianbao.backend.analytics.Metric;
import cn.nianbao.backend.analytics.MetricCatalogue;
import cn.nianbao.backend.analytics.RegionTotals;
import cn.nianbao.backend.analytics.RegionTotalsAnalysis;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.platform.security.Caller;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The trends under the overview's tiles, each a region's totals year by year: the outcome composition of the
 * requests handled ({@code outcomes}), the requests received by applicant type ({@code applicants}), and the
 * administrative reviews and lawsuits by result ({@code reviews}).
 */
@Component
class CompositionFigures {

    static final String REVIEW_GROUP = "行政复议";
    static final String LITIGATION_GROUP = "行政诉讼";
    /** The results of 表四 drawn, in the template's order (总计 is their sum). */
    static final List<ReviewOutcome> RESULTS = List.of(ReviewOutcome.UPHELD, ReviewOutcome.CORRECTED,
            ReviewOutcome.OTHER, ReviewOutcome.PENDING);

    private static final List<String> OUTCOMES = List.of("requests.granted.total", "requests.partially_granted.total",
            "requests.denied.total", "requests.unable.total", "requests.not_processed.total", "requests.other.total");
    private static final List<ApplicantColumn> APPLICANTS = List.of(ApplicantColumn.NATURAL_PERSON,
            ApplicantColumn.COMMERCIAL, ApplicantColumn.RESEARCH, ApplicantColumn.PUBLIC_INTEREST,
            ApplicantColumn.LEGAL_SERVICES, ApplicantColumn.OTHER);

    private final RegionTotalsAnalysis totals;

    CompositionFigures(RegionTotalsAnalysis totals) {
        this.totals = totals;
    }

    /** 予以公开 … 其他处理 per year; the caption gives 办理结果总计 and 公开率. */
    Mono<ChartData> outcomes(Caller caller, ChartRequest request) {
        List<Metric> metrics = new ArrayList<>(OUTCOMES.stream().map(CompositionFigures::metric).toList());
        metrics.add(metric(CellPath.request(RequestRow.TOTAL_PROCESSED, ApplicantColumn.TOTAL).path()));
        metrics.add(metric("rate.disclosure"));
        return totals.totals(caller, request.region(), metrics, request.years(), request.kind()).map(sums -> {
            List<ChartData.Column> columns = OUTCOMES.stream()
                    .map(id -> new ChartData.Column(id, metric(id).label(), null)).toList();
            RegionTotals.YearTotal handled = find(sums, metrics.get(6).id()).in(sums.years().getLast());
            RegionTotals.YearTotal rate = find(sums, "rate.disclosure").in(sums.years().getLast());
            String caption;
            if (handled.value() == null) {
                caption = who(request, sums) + "没有办理结果的数据（无人填报）";
            } else {
                caption = who(request, sums) + "办理结果合计 " + ChineseFigures.count(handled.value()) + " 件"
                        + (rate.value() == null ? "" : "，公开率 " + ChineseFigures.percent(rate.value())
                        + "（予以公开和部分公开 " + ChineseFigures.count(rate.numerator()) + " 件）"
                        + prefixed(ChartWords.change(rate, find(sums, "rate.disclosure").metric().kind(), "")));
            }
            return data(ChartKind.OUTCOMES, request, sums, "依申请公开办理结果构成", caption, columns,
                    List.of("公开率 =（予以公开 + 部分公开）/ 办理结果总计；各类为所辖机构已填报数之和"));
        });
    }

    /** 本年新收 by applicant type per year; the caption gives the total and the largest type. */
    Mono<ChartData> applicants(Caller caller, ChartRequest request) {
        List<Metric> metrics = new ArrayList<>(APPLICANTS.stream()
                .map(column -> metric(CellPath.request(RequestRow.NEW_RECEIVED, column).path())).toList());
        metrics.add(MetricCatalogue.newReceived());
        return totals.totals(caller, request.region(), metrics, request.years(), request.kind()).map(sums -> {
            List<ChartData.Column> columns = new ArrayList<>();
            for (int i = 0; i < APPLICANTS.size(); i++) {
                columns.add(new ChartData.Column(metrics.get(i).id(), APPLICANTS.get(i).label(), null));
            }
            int year = sums.years().getLast();
            RegionTotals.MetricTotals all = find(sums, MetricCatalogue.newReceived().id());
            RegionTotals.YearTotal received = all.in(year);
            String caption;
            if (received.value() == null) {
                caption = who(request, sums) + "没有新收申请的数据（无人填报）";
            } else {
                Optional<Integer> largest = IntStream.range(0, APPLICANTS.size()).boxed()
                        .filter(i -> sums.metrics().get(i).in(year).value() != null)
                        .max(Comparator.comparing(i -> ChineseFigures.decimal(sums.metrics().get(i).in(year).value())));
                caption = who(request, sums) + "新收申请 " + ChineseFigures.count(received.value()) + " 件"
                        + prefixed(ChartWords.change(received, all.metric().kind(), all.metric().unit()))
                        + largest.map(i -> "；申请人中最多的是" + APPLICANTS.get(i).label() + "（"
                        + ChineseFigures.count(sums.metrics().get(i).in(year).value()) + " 件）").orElse("");
            }
            return data(ChartKind.APPLICANTS, request, sums, "新收政府信息公开申请的申请人类型", caption, columns,
                    List.of("商业企业、科研机构、社会公益组织、法律服务机构和其他为法人或其他组织；各类为所辖机构已填报数之和"));
        });
    }

    /** 行政复议 and 行政诉讼 (both kinds together) by result per year; the caption gives both totals and 纠错率. */
    Mono<ChartData> reviews(Caller caller, ChartRequest request) {
        List<Metric> metrics = new ArrayList<>();
        List<ChartData.Column> columns = new ArrayList<>();
        for (ReviewOutcome result : RESULTS) {
            Metric metric = metric(CellPath.review(ReviewRow.ADMINISTRATIVE_REVIEW, result).path());
            metrics.add(metric);
            columns.add(new ChartData.Column(metric.id(), result.label(), REVIEW_GROUP));
        }
        for (ReviewOutcome result : RESULTS) {
            Metric metric = metric("litigation." + result.code());
            metrics.add(metric);
            columns.add(new ChartData.Column(metric.id(), result.label(), LITIGATION_GROUP));
        }
        String reviewTotal = CellPath.review(ReviewRow.ADMINISTRATIVE_REVIEW, ReviewOutcome.TOTAL).path();
        metrics.add(metric(reviewTotal));
        metrics.add(metric("litigation.total"));
        metrics.add(metric("rate.correction"));
        return totals.totals(caller, request.region(), metrics, request.years(), request.kind()).map(sums -> {
            int year = sums.years().getLast();
            RegionTotals.YearTotal reviews = find(sums, reviewTotal).in(year);
            RegionTotals.YearTotal lawsuits = find(sums, "litigation.total").in(year);
            RegionTotals.YearTotal rate = find(sums, "rate.correction").in(year);
            String caption;
            if (reviews.value() == null && lawsuits.value() == null) {
                caption = who(request, sums) + "没有行政复议和行政诉讼的数据（无人填报）";
            } else {
                caption = who(request, sums) + "行政复议 " + countOrBlank(reviews) + "、行政诉讼 "
                        + countOrBlank(lawsuits)
                        + (rate.value() == null ? "" : "；纠错率 " + ChineseFigures.percent(rate.value()) + "（审结 "
                        + ChineseFigures.count(rate.denominator()) + " 件中纠正 " + ChineseFigures.count(rate.numerator())
                        + " 件）" + prefixed(ChartWords.change(rate, find(sums, "rate.correction").metric().kind(), "")));
            }
            return data(ChartKind.REVIEWS, request, sums, "政府信息公开行政复议和行政诉讼结果", caption, columns,
                    List.of("行政诉讼含未经复议直接起诉和复议后起诉；纠错率 = 结果纠正 / 审结（维持、纠正、其他）"));
        });
    }

    private static ChartData data(ChartKind chart, ChartRequest request, RegionTotals sums, String subject,
                                  String caption, List<ChartData.Column> columns, List<String> notes) {
        List<ChartData.Row> rows = new ArrayList<>();
        for (int year : sums.years()) {
            List<ChartData.Cell> cells = columns.stream().map(column -> ChartData.Cell.of(find(sums, column.key()).in(year)))
                    .toList();
            rows.add(new ChartData.Row(Integer.toString(year), Integer.toString(year), cells));
        }
        String title = ChartWords.region(sums.region()) + (request.kind() == null ? "" : ChartWords.bodies(request.kind()))
                + subject + "（" + ChartWords.years(sums.years()) + "）";
        return new ChartData(chart, title, caption, notes, null, sums.region(), sums.years(), null,
                MetricCatalogue.COUNT_UNIT, 0, new ChartData.Table("年度", columns, rows));
    }

    /** 2024 年示例市各机构 (or 2024 年城关街道办事处 for a clerk's own body). */
    private static String who(ChartRequest request, RegionTotals sums) {
        return sums.years().getLast() + " 年" + ChartWords.region(sums.region())
                + (sums.ownBodyOnly() ? "" : ChartWords.bodies(request.kind()));
    }

    private static String countOrBlank(RegionTotals.YearTotal total) {
        return total.value() == null ? "无数据" : ChineseFigures.count(total.value()) + " 件";
    }

    private static String prefixed(String phrase) {
        return phrase.isEmpty() ? "" : "，" + phrase;
    }

    private static RegionTotals.MetricTotals find(RegionTotals sums, String id) {
        return sums.metrics().stream().filter(metric -> metric.metric().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no totals of " + id));
    }

    private static Metric metric(String id) {
        return MetricCatalogue.find(id).orElseThrow(() -> new IllegalStateException("no metric " + id));
    }
}
