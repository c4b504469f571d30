package cn.nianbao.backend.chart;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.Metric;
import cn.nianbao.backend.analytics.MetricCatalogue;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.YearRange;

/**
 * A chart request with every parameter checked and bounded: years through {@link YearRange}, sizes and counts within
 * fixed limits, words from fixed lists. Nothing a caller sends can make a chart allocate in proportion to it.
 */
public record ChartRequest(ChartKind chart, String region, YearRange.Requested years, AgencyKind kind, Metric metric,
                           Integer year, int top, Lines lines, Layout layout, Integer width, Integer height,
                           int scale, ChartFormat format) {

    public static final int MIN_WIDTH = 480;
    public static final int MAX_WIDTH = 1600;
    public static final int MIN_HEIGHT = 320;
    public static final int MAX_HEIGHT = 1800;
    static final int MAX_REGION_LENGTH = 64;

    private static final Pattern SMALL_INTEGER = Pattern.compile("\\d{1,5}");

    /** What the overview trend draws: the region's total, its top bodies, or both. */
    public enum Lines { TOTAL, BODIES, BOTH }

    /** How the applicant types stand in a year's bar. */
    public enum Layout { STACKED, GROUPED }

    /** Checks and bounds the parameters; {@code defaultFormat} when none is named. */
    public static ChartRequest of(ChartKind chart, ChartParameters given, ChartFormat defaultFormat) {
        String region = given.region();
        if (region == null || region.isBlank()) {
            throw new BadRequestException("region", "缺少参数 region（地区或机构代码）");
        }
        if (region.length() > MAX_REGION_LENGTH) {
            throw new BadRequestException("region", "参数 region 过长（最多 " + MAX_REGION_LENGTH + " 个字符）");
        }
        YearRange.Requested years = YearRange.requested(given.from(), given.to());
        Metric metric = chart.takesMetric() && given.metric() != null && !given.metric().isEmpty()
                ? MetricCatalogue.requested(given.metric()) : MetricCatalogue.newReceived();
        int top = chart.maxBodies() == 0 ? 0
                : bounded("top", given.top(), 1, chart.maxBodies(), chart.defaultBodies());
        Integer width = given.width() == null || given.width().isEmpty() ? null
                : bounded("width", given.width(), MIN_WIDTH, MAX_WIDTH, 0);
        Integer height = given.height() == null || given.height().isEmpty() ? null
                : bounded("height", given.height(), MIN_HEIGHT, MAX_HEIGHT, 0);
        int scale = bounded("scale", given.scale(), 1, 2, 1);
        return new ChartRequest(chart, region, years, kind(given.kind()), metric, YearRange.year("year", given.year()),
                top, word("lines", given.lines(), Lines.class, Lines.TOTAL),
                word("layout", given.layout(), Layout.class, Layout.STACKED), width, height, scale,
                ChartFormat.of(given.format(), defaultFormat));
    }

    private static int bounded(String parameter, String value, int min, int max, int otherwise) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        if (!SMALL_INTEGER.matcher(value).matches() || Integer.parseInt(value) < min
                || Integer.parseInt(value) > max) {
            throw new BadRequestException(parameter, "参数 " + parameter + " 应为 " + min + " 至 " + max
                    + " 之间的整数，收到“" + echo(value) + "”");
        }
        return Integer.parseInt(value);
    }

    private static AgencyKind kind(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Arrays.stream(AgencyKind.values()).filter(kind -> kind.name().equals(value)).findFirst()
                .orElseThrow(() -> new BadRequestException("kind", "参数 kind 应为 "
                        + Arrays.stream(AgencyKind.values()).map(kind -> kind.name() + "（" + kind.label() + "）")
                        .collect(Collectors.joining("、")) + " 之一，收到“" + echo(value) + "”"));
    }

    private static <E extends Enum<E>> E word(String parameter, String value, Class<E> words, E otherwise) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        return Arrays.stream(words.getEnumConstants())
                .filter(word -> word.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new BadRequestException(parameter, "参数 " + parameter + " 应为 "
                        + Arrays.stream(words.getEnumConstants())
                        .map(word -> word.name().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining("、")) + " 之一，收到“" + echo(value) + "”"));
    }

    private static String echo(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
