package cn.nianbao.backend.export;

import java.time.LocalDate;
import java.util.List;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.analytics.OverviewAnalysis;
import cn.nianbao.backend.analytics.RegionRef;
import cn.nianbao.backend.analytics.RollupAnalysis;
import cn.nianbao.backend.chart.ChartData;
import cn.nianbao.backend.chart.ChartFormat;
import cn.nianbao.backend.chart.ChartParameters;
import cn.nianbao.backend.chart.ChartReads;
import cn.nianbao.backend.chart.ChartRequest;
import cn.nianbao.backend.chart.ChartService;
import cn.nianbao.backend.chart.ChartWords;
import cn.nianbao.backend.chart.rendering.ChartDrawings;
import cn.nianbao.backend.chart.rendering.ChartFiles;
import cn.nianbao.backend.chart.rendering.ChartRendering;
import cn.nianbao.backend.chart.rendering.Figure;
import cn.nianbao.backend.export.rendering.PackPages;
import cn.nianbao.backend.export.rendering.Slides;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.YearRange;
import cn.nianbao.backend.quality.CompletenessMatrix;
import cn.nianbao.backend.quality.FindingQueries;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The meeting pack: the charts as the dashboard draws them ({@link ChartService}, the same figures, captions and
 * source lines) and the tables as the exports lay them out (the roll-up of the last year, the open findings of the
 * years, the completeness matrix), as slides or as one PDF. Everything is read through the scope-checked services.
 */
@Service
public class MeetingPacks {

    /** A region larger than this is packed one level down: a slide cannot rank more bodies legibly. */
    public static final int MAX_BODIES = 300;
    /** Open findings listed in a pack; the total is stated. */
    public static final int PACK_FINDINGS = 100;
    /** The figure's width in pixels and the most height it keeps on a 16:9 page. */
    static final int FIGURE_WIDTH = 1100;
    static final int FIGURE_MAX_HEIGHT = 640;
    /** Charts read and drawn at the same time; the drawing pool bounds the threads. */
    static final int CHARTS_AT_ONCE = 4;

    private final AgencyDirectory directory;
    private final OverviewAnalysis overview;
    private final ChartService charts;
    private final RollupAnalysis rollups;
    private final CompletenessMatrix completeness;
    private final ExportService exports;
    private final ChartRendering rendering;

    MeetingPacks(AgencyDirectory directory, OverviewAnalysis overview, ChartService charts, RollupAnalysis rollups,
                 CompletenessMatrix completeness, ExportService exports, ChartRendering rendering) {
        this.directory = directory;
        this.overview = overview;
        this.charts = charts;
        this.rollups = rollups;
        this.completeness = completeness;
        this.exports = exports;
        this.rendering = rendering;
    }

    public Mono<ExportFile> pack(Caller caller, PackRequest request) {
        return directory.visibleSubtree(caller, request.region(), null).flatMap(bodies -> {
            if (bodies.size() > MAX_BODIES) {
                return Mono.error(new BadRequestException("region", bodies.getFirst().name() + "下有 " + bodies.size()
                        + " 个机构，会议材料最多 " + MAX_BODIES + " 个：请选择下级地区"));
            }
            RegionRef region = ExportService.ref(bodies.getFirst());
            return overview.overview(caller, request.region(), request.years().to(), null)
                    .map(latest -> request.years().resolve(latest.year()))
                    .flatMap(years -> content(caller, request, region, years))
                    .flatMap(pack -> file(pack, request.format(), region.code(), request.charts().size()));
        });
    }

    /** What the pack reads: also what the benchmark times apart from the drawing. */
    Mono<MeetingPack> content(Caller caller, PackRequest request, RegionRef region, YearRange years) {
        String from = Integer.toString(years.from());
        String to = Integer.toString(years.to());
        // one read per pack of what several charts share (the series and ranking of a metric, the date of the data)
        ChartReads reads = charts.reads(caller);
        // the charts are read and drawn side by side (the drawing pool has a thread per core), kept in their order
        Mono<List<MeetingPack.PackChart>> figures = Flux.fromIterable(request.charts())
                .flatMapSequential(spec -> {
                    ChartRequest chart = ChartRequest.of(spec.kind(), new ChartParameters(request.region(), from, to,
                            null, spec.metric(), null, null, null, null, null, null, null, "pdf"), ChartFormat.PDF);
                    return charts.data(reads, chart).flatMap(data -> rendering.offload(() -> {
                        Figure figure = ChartDrawings.figure(data, chart.layout(), FIGURE_WIDTH, null)
                                .withoutHeadings(FIGURE_MAX_HEIGHT);
                        return new MeetingPack.PackChart(data, figure, request.format() == ExportFormat.PPTX
                                ? ChartFiles.render(figure, ChartFormat.PNG, 2) : null);
                    }));
                }, CHARTS_AT_ONCE)
                .collectList();
        Flux<Grid> tables = Flux.fromIterable(request.tables()).concatMap(table -> switch (table) {
            case "rollup" -> rollups.rollup(caller, request.region(), years.to(), null)
                    .flatMapIterable(RollupGrids::of)
                    .map(grid -> retitled(grid, years.to() + " 年汇总表 " + grid.title()));
            case "findings" -> exports.allFindings(caller, new FindingQueries.Request(request.region(), null, null,
                            from, to, null, null, "open", null, null), PACK_FINDINGS)
                    .map(page -> retitled(ViewGrids.findings(page.findings(), page.total(), false),
                            "待审核的质量问题（" + ChartWords.years(years.years()) + "）"));
            default -> completeness.matrix(caller, request.region(), new YearRange.Requested(years.from(),
                            years.to()), null).map(ViewGrids::completeness);
        });
        return Mono.zip(figures, tables.collectList(), reads.latestChange(request.region()))
                .map(all -> new MeetingPack(ChartWords.region(region) + "政府信息公开工作情况",
                        List.of(region.name() + (region.demo() ? "（示例数据）" : "") + "｜"
                                        + ChartWords.years(years.years()),
                                all.getT3().map(at -> "数据截至 " + at.atZoneSameInstant(ExportService.CHINA)
                                        .toLocalDate()).orElse("尚无年报数据") + "｜生成于 "
                                        + LocalDate.now(ExportService.CHINA),
                                "年报通"),
                        all.getT1(), all.getT2()));
    }

    private static Grid retitled(Grid grid, String title) {
        return new Grid(title, grid.headerRows(), grid.rows(), grid.merges(), grid.widths(), grid.notes(),
                grid.cellNotes());
    }

    /** The pack's file, drawn off the event loop. */
    public Mono<ExportFile> file(MeetingPack pack, ExportFormat format, String regionCode, int charts) {
        return rendering.offload(() -> new ExportFile(pack.title() + "（" + pack.lines().getFirst()
                .replaceAll(".*｜", "") + "）", format,
                format == ExportFormat.PPTX ? Slides.pptx(pack) : PackPages.pdf(pack), regionCode,
                "会议材料" + format.name() + "（" + charts + " 张图表）：" + pack.title()));
    }
}
