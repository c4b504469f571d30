package cn.nianbao.backend.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.backend.chart.ChartKind;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.YearRange;

/**
 * A meeting pack asked for, checked and bounded: at most {@value #MAX_YEARS} years, {@value #MAX_CHARTS} charts
 * (each {@code id} or {@code id:metric}), the tables from a fixed list.
 *
 * @param charts the charts in order; {@code metric} null for the chart's default
 */
public record PackRequest(String region, YearRange.Requested years, List<ChartSpec> charts, Set<String> tables,
                          ExportFormat format) {

    public static final int MAX_YEARS = 10;
    public static final int MAX_CHARTS = 12;
    public static final List<String> TABLES = List.of("rollup", "findings", "completeness");
    static final String DEFAULT_CHARTS = "overview,outcomes,applicants,reviews,ranking,heatmap";
    static final String DEFAULT_TABLES = "rollup,findings";
    private static final int MAX_PARAMETER_LENGTH = 1000;

    public record ChartSpec(ChartKind kind, String metric) {
    }

    /** {@code asked}: the region, the years ({@code from}, {@code to}) and the format, checked already. */
    public static PackRequest of(ExportParameters asked, String charts, String tables) {
        YearRange.Requested years = asked.years();
        if (years.from() != null && years.to() != null && years.to() - years.from() + 1 > MAX_YEARS) {
            throw new BadRequestException("from", "会议材料最多涵盖 " + MAX_YEARS + " 个年度，收到 " + years.from() + "—"
                    + years.to() + " 年");
        }
        return new PackRequest(asked.region(), years, charts(charts == null ? DEFAULT_CHARTS : charts),
                tables(tables == null ? DEFAULT_TABLES : tables), asked.format());
    }

    private static List<ChartSpec> charts(String value) {
        if (value.length() > MAX_PARAMETER_LENGTH) {
            throw new BadRequestException("charts", "参数 charts 过长（最多 " + MAX_PARAMETER_LENGTH + " 个字符）");
        }
        List<ChartSpec> charts = new ArrayList<>();
        for (String item : value.split(",")) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            ChartKind kind;
            try {
                kind = ChartKind.of(colon < 0 ? trimmed : trimmed.substring(0, colon));
            } catch (RuntimeException unknown) {
                throw new BadRequestException("charts", "参数 charts 中" + unknown.getMessage());
            }
            String metric = colon < 0 ? null : trimmed.substring(colon + 1);
            if (metric != null && !kind.takesMetric()) {
                throw new BadRequestException("charts", "图表 " + kind.id() + "（" + kind.label() + "）不能指定指标");
            }
            charts.add(new ChartSpec(kind, metric));
            if (charts.size() > MAX_CHARTS) {
                throw new BadRequestException("charts", "会议材料最多 " + MAX_CHARTS + " 张图表");
            }
        }
        return List.copyOf(charts);
    }

    private static Set<String> tables(String value) {
        if (value.length() > MAX_PARAMETER_LENGTH) {
            throw new BadRequestException("tables", "参数 tables 过长");
        }
        Set<String> tables = new LinkedHashSet<>();
        for (String item : value.split(",")) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!TABLES.contains(trimmed)) {
                throw new BadRequestException("tables", "参数 tables 应为 rollup（汇总表）、findings（待审核的质量问题）、"
                        + "completeness（完整性矩阵）中的若干项，收到“" + ExportRequests.echo(trimmed) + "”");
            }
            tables.add(trimmed);
        }
        return java.util.Collections.unmodifiableSet(tables);
    }
}
