package cn.nianbao.backend.chart;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.analytics.MetricKind;
import cn.nianbao.backend.analytics.RegionRef;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.quality.QualityHistory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The 数据质量 chart ({@code quality-history}): the region's findings not yet reviewed after each quality run, in all
 * and by severity, as {@code /api/quality/history} counts them; a row per run, the newest last.
 */
@Component
class QualityFigures {

    /** Enough runs to see a trend; more would crowd the time axis. */
    static final int RUNS = 20;
    static final MetricInfo OPEN = new MetricInfo("quality.open", "未处理的质量问题", "个", MetricKind.COUNT, null,
            null);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AgencyDirectory directory;
    private final QualityHistory history;

    QualityFigures(AgencyDirectory directory, QualityHistory history) {
        this.directory = directory;
        this.history = history;
    }

    Mono<ChartData> history(Caller caller, ChartRequest request) {
        return directory.visible(caller, request.region()).flatMap(region -> history.history(caller, region.code(),
                        Integer.toString(RUNS))
                .map(runs -> figures(new RegionRef(region.code(), region.name(), region.demo()), runs.points())));
    }

    static ChartData figures(RegionRef region, List<QualityHistory.Point> points) {
        List<ChartData.Column> columns = List.of(new ChartData.Column("open", "未处理合计", null),
                new ChartData.Column("error", "错误", null), new ChartData.Column("warning", "警告", null));
        List<ChartData.Row> rows = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (QualityHistory.Point point : points) {
            var at = point.takenAt().atZoneSameInstant(ChartService.CHINA);
            if (!years.contains(at.getYear())) {
                years.add(at.getYear());
            }
            rows.add(new ChartData.Row(Long.toString(point.runId()), WHEN.format(at), List.of(
                    ChartData.Cell.number(point.open()),
                    ChartData.Cell.number(point.openBySeverity().getOrDefault("error", 0)),
                    ChartData.Cell.number(point.openBySeverity().getOrDefault("warning", 0)))));
        }
        if (years.isEmpty()) {
            years.add(java.time.LocalDate.now(ChartService.CHINA).getYear());
        }
        List<String> notes = new ArrayList<>(List.of("每个点是一次质量检查结束时尚未审核（未确认、未排除）的问题数"));
        if (points.size() == RUNS) {
            notes.add("只画出最近 " + RUNS + " 次检查");
        }
        String title = ChartWords.region(region) + "未处理的质量问题（各次检查）";
        return new ChartData(ChartKind.QUALITY_HISTORY, title, caption(region, points), notes, null, region, years,
                OPEN, OPEN.unit(), 0, new ChartData.Table("检查时间", columns, rows));
    }

    /** 2026-12-01 16:24 的检查后，示例市未处理的质量问题 14 个（错误 9 个、警告 5 个），比上次减少 2 个. */
    private static String caption(RegionRef region, List<QualityHistory.Point> points) {
        if (points.isEmpty()) {
            return "尚未对" + ChartWords.region(region) + "运行过质量检查";
        }
        QualityHistory.Point last = points.getLast();
        StringBuilder caption = new StringBuilder(WHEN.format(last.takenAt().atZoneSameInstant(ChartService.CHINA)))
                .append(" 的检查后，").append(ChartWords.region(region)).append("未处理的质量问题 ")
                .append(ChineseFigures.count(last.open())).append(" 个（错误 ")
                .append(ChineseFigures.count(last.openBySeverity().getOrDefault("error", 0))).append(" 个、警告 ")
                .append(ChineseFigures.count(last.openBySeverity().getOrDefault("warning", 0))).append(" 个）");
        if (points.size() > 1) {
            int change = last.open() - points.get(points.size() - 2).open();
            caption.append(change == 0 ? "，与上次相同" : change > 0 ? "，比上次增加 " + change + " 个"
                    : "，比上次减少 " + (-change) + " 个");
        }
        return caption.toString();
    }
}
