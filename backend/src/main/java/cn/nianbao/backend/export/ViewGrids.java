package cn.nianbao.backend.export;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.analytics.AgencySeries;
import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.analytics.MetricKind;
import cn.nianbao.backend.analytics.Point;
import cn.nianbao.backend.analytics.PointState;
import cn.nianbao.backend.analytics.Ranking;
import cn.nianbao.backend.analytics.RegionSeries;
import cn.nianbao.backend.export.Grid.Cell;
import cn.nianbao.backend.export.Grid.NumberFormat;
import cn.nianbao.backend.quality.Completeness;
import cn.nianbao.backend.quality.FindingView;
import cn.nianbao.backend.quality.rules.RuleCatalogue;

/**
 * The grids of the dashboard's other views, from the figures their endpoints answer: the completeness matrix, the
 * findings list, and a metric per body (the ranking of a year, the series over the years). A number is a number; a
 * point without one is named by its state (空白, 缺表, 缺报, 不需报送), never written as 0.
 */
public final class ViewGrids {

    private ViewGrids() {
    }

    public static Grid completeness(Completeness matrix) {
        int columns = 2 + matrix.years().size();
        RollupGrids.Builder grid = new RollupGrids.Builder(columns);
        List<Cell> heading = new ArrayList<>(List.of(Cell.heading("机构"), Cell.heading("类型")));
        matrix.years().forEach(year -> heading.add(Cell.heading(year + " 年")));
        grid.row(heading);
        for (Completeness.BodyRow body : matrix.bodies()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.label(body.agencyName(), body.depth()),
                    Cell.text(body.agencyKind() == null ? "" : body.agencyKind().label())));
            for (Completeness.Cell cell : body.cells()) {
                cells.add(Cell.text(state(cell)));
            }
            grid.row(cells);
        }
        rateRow(grid, matrix, "应报机构数", rates -> rates.expected(), NumberFormat.COUNT);
        rateRow(grid, matrix, "已报机构数", rates -> rates.reported(), NumberFormat.COUNT);
        rateRow(grid, matrix, "按时发布数", rates -> rates.onTime(), NumberFormat.COUNT);
        rateRow(grid, matrix, "无问题数", rates -> rates.clean(), NumberFormat.COUNT);
        rateRow(grid, matrix, "报送率", Completeness.YearRates::reportedRate, NumberFormat.PERCENT);
        rateRow(grid, matrix, "按时率", Completeness.YearRates::onTimeRate, NumberFormat.PERCENT);
        rateRow(grid, matrix, "无问题率", Completeness.YearRates::cleanRate, NumberFormat.PERCENT);
        List<Integer> widths = new ArrayList<>(List.of(28, 8));
        matrix.years().forEach(year -> widths.add(11));
        return grid.build("完整性矩阵", 1, widths, List.of(
                "状态：缺报（应报未报）、逾期（逾期发布）、有错误、有警告（括号内为未排除的问题数）、无问题、无需报送",
                "报送率 = 应报机构中已报数 / 应报数；按时率 = 按时发布数 / 应报数；无问题率 = 无问题数 / 已报数"));
    }

    private static void rateRow(RollupGrids.Builder grid, Completeness matrix, String label,
                                java.util.function.Function<Completeness.YearRates, Number> value,
                                NumberFormat format) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.label(label), Cell.COVERED));
        for (int year : matrix.years()) {
            Completeness.YearRates rates = matrix.rates().stream().filter(r -> r.year() == year).findFirst()
                    .orElse(null);
            cells.add(Cell.number(rates == null ? null : value.apply(rates), format));
        }
        grid.row(cells).merge(0, 1);
    }

    static String state(Completeness.Cell cell) {
        return switch (cell.state()) {
            case MISSING -> "缺报";
            case LATE -> "逾期" + (cell.daysLate() == null ? "" : " " + cell.daysLate() + " 天");
            case ERRORS -> "有错误（" + cell.errors() + "）";
            case WARNINGS -> "有警告（" + cell.warnings() + "）";
            case CLEAN -> "无问题";
            case NOT_EXPECTED -> "无需报送";
        };
    }

    /** The findings as a list; {@code total} is how many the filter selects, of which {@code findings} are given. */
    public static Grid findings(List<FindingView> findings, int total, boolean withReview) {
        int columns = withReview ? 7 : 5;
        RollupGrids.Builder grid = new RollupGrids.Builder(columns);
        List<Cell> heading = new ArrayList<>(List.of(Cell.heading("年度"), Cell.heading("机构"),
                Cell.heading("严重程度"), Cell.heading("规则"), Cell.heading("问题")));
        if (withReview) {
            heading.add(Cell.heading("审核"));
            heading.add(Cell.heading("说明"));
        }
        grid.row(heading);
        for (FindingView finding : findings) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.number(finding.year(), NumberFormat.COUNT),
                    Cell.text(finding.agencyName()), Cell.text(severity(finding.severity())),
                    Cell.text(RuleCatalogue.find(finding.code()).map(rule -> rule.name()).orElse(finding.code())),
                    Cell.text(finding.message())));
            if (withReview) {
                cells.add(Cell.text(finding.status().label()));
                cells.add(Cell.text(finding.comment()));
            }
            grid.row(cells);
        }
        List<Integer> widths = new ArrayList<>(List.of(6, 22, 8, 14, 60));
        if (withReview) {
            widths.addAll(List.of(8, 20));
        }
        List<String> notes = new ArrayList<>();
        if (findings.isEmpty()) {
            notes.add("没有符合条件的问题");
        } else if (total > findings.size()) {
            notes.add("共 " + total + " 条，此处列出前 " + findings.size() + " 条（按年度从新到旧、错误在前）");
        }
        return grid.build("质量问题", 1, widths, notes);
    }

    static String severity(String code) {
        return switch (code) {
            case "error" -> "错误";
            case "warning" -> "警告";
            default -> "提示";
        };
    }

    /** The ranking of a year, as 乡镇对比's table shows it. */
    public static Grid ranking(Ranking ranking) {
        MetricInfo metric = ranking.metric();
        String unit = unit(metric);
        boolean rate = metric.kind() == MetricKind.RATE;
        RollupGrids.Builder grid = new RollupGrids.Builder(6);
        grid.row(Cell.heading("排名"), Cell.heading("机构"), Cell.heading(ranking.year() + " 年" + unit),
                Cell.heading((ranking.year() - 1) + " 年" + unit),
                Cell.heading(rate ? "变化（百分点）" : "变化" + unit), Cell.heading("变化率"));
        for (Ranking.Line line : ranking.lines()) {
            grid.row(Cell.number(line.rank(), NumberFormat.COUNT), Cell.text(line.agencyName()),
                    point(line.current(), metric), point(line.previous(), metric),
                    Cell.number(rate && line.change() != null
                            ? new java.math.BigDecimal(line.change().toString()).movePointRight(2) : line.change(),
                            rate ? NumberFormat.AMOUNT : format(metric)),
                    Cell.number(rate ? null : line.changeRate(), NumberFormat.PERCENT));
        }
        return grid.build(metric.label() + "排名（" + ranking.year() + " 年）", 1, List.of(6, 26, 12, 12, 12, 10),
                List.of("无排名的机构当年没有可比的数字：单元格写明其状态（空白、缺表、缺报、不需报送）"));
    }

    /** Each body's value year by year. */
    public static Grid series(RegionSeries series) {
        MetricInfo metric = series.metric();
        RollupGrids.Builder grid = new RollupGrids.Builder(1 + series.years().size());
        List<Cell> heading = new ArrayList<>(List.of(Cell.heading("机构")));
        series.years().forEach(year -> heading.add(Cell.heading(year + " 年" + unit(metric))));
        grid.row(heading);
        for (AgencySeries body : series.series()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(body.agencyName())));
            body.points().forEach(point -> cells.add(point(point, metric)));
            grid.row(cells);
        }
        List<Integer> widths = new ArrayList<>(List.of(26));
        series.years().forEach(year -> widths.add(11));
        return grid.build(metric.label() + "（逐年）", 1, widths, List.of());
    }

    private static Cell point(Point point, MetricInfo metric) {
        if (point == null) {
            return Cell.text("");
        }
        if (point.state() != PointState.REPORTED) {
            return Cell.text(stateWord(point.state()));
        }
        return Cell.number(point.value(), format(metric));
    }

    static String stateWord(PointState state) {
        return switch (state) {
            case REPORTED -> "";
            case BLANK -> "空白";
            case TABLE_MISSING -> "缺表";
            case MISSING -> "缺报";
            case NOT_EXPECTED -> "不需报送";
        };
    }

    private static NumberFormat format(MetricInfo metric) {
        return switch (metric.kind()) {
            case COUNT -> NumberFormat.COUNT;
            case RATE -> NumberFormat.PERCENT;
            case AMOUNT -> NumberFormat.AMOUNT;
        };
    }

    private static String unit(MetricInfo metric) {
        return metric.kind() == MetricKind.RATE || metric.unit() == null || metric.unit().isBlank() ? ""
                : "（" + metric.unit() + "）";
    }
}
