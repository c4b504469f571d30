package cn.nianbao.backend.analytics.api;

import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.Grouping;
import cn.nianbao.backend.analytics.MetricCatalogue;
import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.analytics.MinimumSample;
import cn.nianbao.backend.analytics.Overview;
import cn.nianbao.backend.analytics.OverviewAnalysis;
import cn.nianbao.backend.analytics.Ranking;
import cn.nianbao.backend.analytics.RankingAnalysis;
import cn.nianbao.backend.analytics.RegionSeries;
import cn.nianbao.backend.analytics.Rollup;
import cn.nianbao.backend.analytics.RollupAnalysis;
import cn.nianbao.backend.analytics.SeriesAnalysis;
import cn.nianbao.backend.analytics.YearOnYear;
import cn.nianbao.backend.analytics.YearOnYearAnalysis;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.YearRange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Years arrive as text and go through {@link YearRange} before anything else happens. */
@RestController
@RequestMapping("/api/analytics")
@Tag(name = "分析", description = "跨机构、跨年度的指标：序列、总览、排名、汇总表")
class AnalyticsController {

    private final SeriesAnalysis series;
    private final OverviewAnalysis overview;
    private final RankingAnalysis ranking;
    private final RollupAnalysis rollup;
    private final YearOnYearAnalysis yearOnYear;
    private final MinimumSample minimum;

    AnalyticsController(SeriesAnalysis series, OverviewAnalysis overview, RankingAnalysis ranking,
                        RollupAnalysis rollup, YearOnYearAnalysis yearOnYear, MinimumSample minimum) {
        this.rollup = rollup;
        this.yearOnYear = yearOnYear;
        this.series = series;
        this.overview = overview;
        this.ranking = ranking;
        this.minimum = minimum;
    }

    private static final String BY = "bodies：逐个机构；children：按直接下级地区汇总（各含本级及其下全部机构）；"
            + "不填时机构超过 " + Grouping.MAX_LISTED + " 个的地区按下级地区汇总";

    @GetMapping("/metrics")
    @Operation(summary = "可选的指标：编号、名称、单位、类别；比率另有可信所需的最小样本量")
    List<MetricInfo> metrics() {
        return MetricCatalogue.all().stream().map(metric -> MetricInfo.of(metric, minimum)).toList();
    }

    @GetMapping("/series")
    @Operation(summary = "地区下各机构逐年的一项指标，每个点带状态（已填报、空白、缺表、缺报、无需报送）")
    Mono<RegionSeries> series(@AuthenticationPrincipal Caller caller,
                              @Parameter(description = "地区（机构）代码") @RequestParam String region,
                              @Parameter(description = "指标编号，如 requests.new_received.total") @RequestParam String metric,
                              @Parameter(description = "起始年度") @RequestParam(required = false) String from,
                              @Parameter(description = "截止年度") @RequestParam(required = false) String to,
                              @Parameter(description = "只看此类机构") @RequestParam(required = false) AgencyKind kind,
                              @Parameter(description = BY) @RequestParam(required = false) String by) {
        YearRange.Requested years = YearRange.requested(from, to);
        return series.series(caller, region, MetricCatalogue.requested(metric), years, kind, Grouping.requested(by));
    }

    @GetMapping("/overview")
    @Operation(summary = "地区一年的关键数字（应报、已报、缺报、按时发布、新收申请、公开率、复议、诉讼、纠错率）及与上年比较")
    Mono<Overview> overview(@AuthenticationPrincipal Caller caller,
                            @Parameter(description = "地区（机构）代码") @RequestParam String region,
                            @Parameter(description = "年度") @RequestParam(required = false) String year,
                            @Parameter(description = "只看此类机构") @RequestParam(required = false) AgencyKind kind) {
        return overview.overview(caller, region, YearRange.year("year", year), kind);
    }

    @GetMapping("/ranking")
    @Operation(summary = "地区下各机构按一项指标排名，附上年的值和变化")
    Mono<Ranking> ranking(@AuthenticationPrincipal Caller caller,
                          @Parameter(description = "地区（机构）代码") @RequestParam String region,
                          @Parameter(description = "指标编号") @RequestParam String metric,
                          @Parameter(description = "年度") @RequestParam(required = false) String year,
                          @Parameter(description = "只看此类机构") @RequestParam(required = false) AgencyKind kind,
                          @Parameter(description = BY) @RequestParam(required = false) String by) {
        Integer chosen = YearRange.year("year", year);
        return ranking.ranking(caller, region, MetricCatalogue.requested(metric), chosen, kind,
                Grouping.requested(by));
    }

    @GetMapping("/rollup")
    @Operation(summary = "汇总表：地区（含本级）各机构年报的表二、表三、表四按统一格式逐格相加，附每格填空白的机构数和应报、已报机构数")
    Mono<Rollup> rollup(@AuthenticationPrincipal Caller caller,
                        @Parameter(description = "地区（机构）代码") @RequestParam String region,
                        @Parameter(description = "年度") @RequestParam(required = false) String year,
                        @Parameter(description = "只合计此类机构") @RequestParam(required = false) AgencyKind kind) {
        return rollup.rollup(caller, region, YearRange.year("year", year), kind);
    }

    @GetMapping("/year-on-year")
    @Operation(summary = "一个机构的年报与上年年报逐格对比：上年的数和变化（两年都有数字的格）")
    Mono<YearOnYear> yearOnYear(@AuthenticationPrincipal Caller caller,
                                @Parameter(description = "机构代码") @RequestParam String agency,
                                @Parameter(description = "年度") @RequestParam String year) {
        Integer chosen = YearRange.year("year", year);
        if (chosen == null) {
            throw new BadRequestException("year", "缺少参数 year（年度）");
        }
        return yearOnYear.compare(caller, agency, chosen);
    }
}
