package cn.nianbao.backend.chart;

import java.util.Arrays;
import java.util.stream.Collectors;

import cn.nianbao.backend.platform.web.NotFoundException;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The dashboard's charts, by the id used in URLs ({@code /api/charts/{chart}}). Each knows whether it shows a chosen
 * metric and how many bodies it may draw at most ({@code top}; 0 when it draws none).
 */
public enum ChartKind {
    OVERVIEW("overview", "总览趋势", true, 8, 15),
    OUTCOMES("outcomes", "办理结果构成", false, 0, 0),
    APPLICANTS("applicants", "新收申请的申请人类型", false, 0, 0),
    REVIEWS("reviews", "行政复议和行政诉讼结果", false, 0, 0),
    RANKING("ranking", "机构排名", true, 30, 50),
    HEATMAP("heatmap", "机构逐年热力图", true, 40, 60),
    SMALL_MULTIPLES("small-multiples", "各机构趋势小图", true, 12, 30),
    QUALITY_HISTORY("quality-history", "质量问题趋势", false, 0, 0);

    private static final int ECHO_LENGTH = 30;

    private final String id;
    private final String label;
    private final boolean takesMetric;
    private final int defaultBodies;
    private final int maxBodies;

    ChartKind(String id, String label, boolean takesMetric, int defaultBodies, int maxBodies) {
        this.id = id;
        this.label = label;
        this.takesMetric = takesMetric;
        this.defaultBodies = defaultBodies;
        this.maxBodies = maxBodies;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean takesMetric() {
        return takesMetric;
    }

    public int defaultBodies() {
        return defaultBodies;
    }

    public int maxBodies() {
        return maxBodies;
    }

    /** The chart a URL names; 404 in Chinese listing the charts there are. */
    public static ChartKind of(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("没有图表“" + echo(id) + "”；可用的图表："
                        + Arrays.stream(values()).map(kind -> kind.id + "（" + kind.label + "）")
                        .collect(Collectors.joining("、"))));
    }

    private static String echo(String id) {
        if (id == null) {
            return "";
        }
        return id.length() <= ECHO_LENGTH ? id : id.substring(0, ECHO_LENGTH) + "…";
    }
}
