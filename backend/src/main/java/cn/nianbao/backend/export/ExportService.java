package cn.nianbao.backend.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.DataAsOf;
import cn.nianbao.backend.analytics.MetricCatalogue;
import cn.nianbao.backend.analytics.RankingAnalysis;
import cn.nianbao.backend.analytics.RegionRef;
import cn.nianbao.backend.analytics.Rollup;
import cn.nianbao.backend.analytics.RollupAnalysis;
import cn.nianbao.backend.analytics.SeriesAnalysis;
import cn.nianbao.backend.chart.ChartWords;
import cn.nianbao.backend.chart.rendering.ChartRendering;
import cn.nianbao.backend.export.rendering.CsvFiles;
import cn.nianbao.backend.export.rendering.Workbooks;
import cn.nianbao.backend.export.rendering.WordDocuments;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.YearRange;
import cn.nianbao.backend.quality.CompletenessMatrix;
import cn.nianbao.backend.quality.FindingQueries;
import cn.nianbao.backend.quality.FindingView;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The table exports: the roll-up, the completeness matrix, the findings and a metric per body, each read through
 * the service its page reads (so a file and the page show the same figures — nothing is computed here), scope-checked
 * by it, laid out as a {@link Grid}, written off the event loop and recorded in the audit log by the controller.
 */
@Service
public class ExportService {

    /** The findings list stops here: a file for people to read, not a dump of the database. */
    public static final int MAX_FINDINGS = 5000;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AgencyDirectory directory;
    private final RollupAnalysis rollups;
    private final RankingAnalysis rankings;
    private final SeriesAnalysis series;
    private final CompletenessMatrix completeness;
    private final FindingQueries findings;
    private final DataAsOf dataAsOf;
    private final ChartRendering rendering;

    ExportService(AgencyDirectory directory, RollupAnalysis rollups, RankingAnalysis rankings, SeriesAnalysis series,
                  CompletenessMatrix completeness, FindingQueries findings, DataAsOf dataAsOf,
                  ChartRendering rendering) {
        this.directory = directory;
        this.rollups = rollups;
        this.rankings = rankings;
        this.series = series;
        this.completeness = completeness;
        this.findings = findings;
        this.dataAsOf = dataAsOf;
        this.rendering = rendering;
    }

    /** 汇总表 in the national layout. */
    public Mono<ExportFile> rollup(Caller caller, ExportParameters asked) {
        ExportFormat chosen = asked.format();
        AgencyKind bodies = asked.kind();
        return rollups.rollup(caller, asked.region(), asked.year(), bodies).zipWith(asOf(caller, asked.region()))
                .flatMap(both -> {
                    Rollup rollup = both.getT1();
                    String title = ChartWords.region(rollup.region()) + " " + rollup.year()
                            + " 年度政府信息公开工作年度报告汇总表";
                    List<String> lines = List.of(rollup.region().name() + (rollup.region().demo() ? "（示例数据）" : "")
                                    + (bodies == null ? "" : "｜只计" + bodies.label()) + "｜汇总 "
                                    + rollup.bodies().reported() + " 份年报（应报 " + rollup.bodies().expected()
                                    + " 个机构，缺报 " + rollup.bodies().missing() + " 个）",
                            source(rollup.region(), List.of(rollup.year()), both.getT2()));
                    ExportDocument document = new ExportDocument(title, lines, RollupGrids.of(rollup),
                            rollup.notes());
                    return write(document, chosen, rollup.region().code(), "汇总表" + chosen.name());
                });
    }

    /** The completeness matrix: each body's state year by year, and the rates. */
    public Mono<ExportFile> completeness(Caller caller, ExportParameters asked) {
        return visible(caller, asked.region()).flatMap(ref -> completeness.matrix(caller, asked.region(),
                        asked.years(), asked.kind())
                .zipWith(asOf(caller, asked.region())).flatMap(both -> {
                    var matrix = both.getT1();
                    String title = ChartWords.region(ref) + "年报完整性（" + ChartWords.years(matrix.years()) + "）";
                    ExportDocument document = new ExportDocument(title,
                            List.of(source(ref, matrix.years(), both.getT2())),
                            List.of(ViewGrids.completeness(matrix)), List.of());
                    return write(document, asked.format(), ref.code(), "完整性矩阵" + asked.format().name());
                }));
    }

    /**
     * The current findings of the region (filtered as {@code GET /api/findings}, which checks the filter), at most
     * {@value #MAX_FINDINGS}.
     */
    public Mono<ExportFile> findings(Caller caller, FindingQueries.Request request, ExportFormat format) {
        return visible(caller, request.region()).flatMap(ref -> allFindings(caller, request, MAX_FINDINGS)
                .zipWith(asOf(caller, request.region())).flatMap(both -> {
                    FindingQueries.Page page = both.getT1();
                    List<Integer> years = yearsOf(page.findings());
                    String title = ChartWords.region(ref) + "年报质量问题"
                            + (years.isEmpty() ? "" : "（" + ChartWords.years(years) + "）");
                    ExportDocument document = new ExportDocument(title, List.of(source(ref, years, both.getT2())),
                            List.of(ViewGrids.findings(page.findings(), page.total(), true)), List.of());
                    return write(document, format, ref.code(), "质量问题" + format.name());
                }));
    }

    /**
     * A metric per body: the ranking of {@code year} and each body's series over {@code years}, as on 乡镇对比.
     */
    public Mono<ExportFile> bodies(Caller caller, ExportParameters asked, String metric) {
        ExportFormat chosen = asked.format();
        var chosenMetric = metric == null || metric.isEmpty() ? MetricCatalogue.newReceived()
                : MetricCatalogue.requested(metric);
        String region = asked.region();
        AgencyKind bodies = asked.kind();
        YearRange.Requested years = asked.years();
        return rankings.ranking(caller, region, chosenMetric, asked.year(), bodies)
                .flatMap(ranking -> series.series(caller, region, chosenMetric,
                                years.to() == null && years.from() == null
                                        ? new YearRange.Requested(null, ranking.year()) : years, bodies)
                        .zipWith(asOf(caller, region))
                        .flatMap(both -> {
                            var regionSeries = both.getT1();
                            String title = ChartWords.region(ranking.region()) + ChartWords.bodies(bodies)
                                    + ranking.metric().label();
                            List<String> lines = List.of(source(ranking.region(), regionSeries.years(), both.getT2()));
                            List<Grid> grids = chosen == ExportFormat.CSV ? List.of(ViewGrids.ranking(ranking))
                                    : List.of(ViewGrids.ranking(ranking), ViewGrids.series(regionSeries));
                            return write(new ExportDocument(title, lines, grids, List.of()), chosen,
                                    ranking.region().code(), "各机构指标" + chosen.name() + "："
                                            + ranking.metric().label());
                        }));
    }

    /** Every page of the findings the request selects, up to {@code most}; the total is the filter's. */
    Mono<FindingQueries.Page> allFindings(Caller caller, FindingQueries.Request request, int most) {
        List<FindingView> all = new ArrayList<>();
        return reactor.core.publisher.Flux.range(0, (most + FindingQueries.MAX_LIMIT - 1) / FindingQueries.MAX_LIMIT)
                .concatMap(page -> findings.list(caller, new FindingQueries.Request(request.region(),
                        request.agency(), request.year(), request.from(), request.to(), request.code(),
                        request.severity(), request.status(), Integer.toString(page * FindingQueries.MAX_LIMIT),
                        Integer.toString(Math.min(FindingQueries.MAX_LIMIT, most - page * FindingQueries.MAX_LIMIT)))))
                .takeUntil(page -> page.offset() + page.findings().size() >= page.total()
                        || page.findings().size() < page.limit())
                .doOnNext(page -> all.addAll(page.findings()))
                .last()
                .map(last -> new FindingQueries.Page(List.copyOf(all), last.total(), 0, all.size()));
    }

    private Mono<ExportFile> write(ExportDocument document, ExportFormat format, String region, String what) {
        return rendering.offload(() -> new ExportFile(document.title(), format, switch (format) {
            case XLSX -> Workbooks.xlsx(document);
            case DOCX -> WordDocuments.docx(document);
            case CSV -> CsvFiles.csv(document);
            case PPTX, PDF -> throw new IllegalArgumentException("not a table format: " + format);
        }, region, what + "：" + document.title()));
    }

    Mono<RegionRef> visible(Caller caller, String region) {
        return directory.visible(caller, region).map(ExportService::ref);
    }

    static RegionRef ref(Agency agency) {
        return new RegionRef(agency.code(), agency.name(), agency.demo());
    }

    Mono<Optional<OffsetDateTime>> asOf(Caller caller, String region) {
        return dataAsOf.latestChange(caller, region).map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    /** 数据来源：年报通｜示例市人民政府（示例数据）｜2019—2024 年｜数据截至 2026-12-01｜导出于 2026-12-02. */
    static String source(RegionRef region, List<Integer> years, Optional<OffsetDateTime> asOf) {
        return "数据来源：年报通｜" + region.name() + (region.demo() ? "（示例数据）" : "")
                + (years.isEmpty() ? "" : "｜" + ChartWords.years(years)) + "｜"
                + asOf.map(at -> "数据截至 " + at.atZoneSameInstant(CHINA).toLocalDate()).orElse("尚无年报数据")
                + "｜导出于 " + LocalDate.now(CHINA);
    }

    private static List<Integer> yearsOf(List<FindingView> findings) {
        return findings.stream().map(FindingView::year).distinct().sorted().toList();
    }
}
