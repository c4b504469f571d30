package cn.nianbao.backend.chart;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.MetricInfo;
import cn.nianbao.backend.analytics.MetricKind;
import cn.nianbao.backend.analytics.RegionRef;
import cn.nianbao.backend.analytics.RegionTotals;

/** The recurring words of titles and captions, in one place so that every chart says things the same way. */
public final class ChartWords {

    private static final String GOVERNMENT = "人民政府";

    private ChartWords() {
    }

    /** 示例市人民政府 → 示例市: the region as a caption names it. */
    public static String region(RegionRef region) {
        String name = region.name();
        return name.endsWith(GOVERNMENT) && name.length() > GOVERNMENT.length()
                ? name.substring(0, name.length() - GOVERNMENT.length()) : name;
    }

    /**
     * 示例市东城街道办事处 under 示例市 → 东城街道办事处: the region is in the title already, and labels stay short.
     */
    public static String body(String name, RegionRef region) {
        if (name == null) {
            return "";
        }
        for (String prefix : List.of(region.name(), region(region))) {
            if (!prefix.isEmpty() && name.startsWith(prefix) && name.length() > prefix.length()) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    /** 各机构, or the kind of body the chart is limited to. */
    public static String bodies(AgencyKind kind) {
        if (kind == null) {
            return "各机构";
        }
        return switch (kind) {
            case PEOPLES_GOVERNMENT -> "各人民政府";
            case TOWNSHIP -> "各乡镇（街道）";
            case DEPARTMENT -> "各部门";
            case OTHER -> "其他各机构";
        };
    }

    /** 2019—2024 年, or 2024 年 for one year. */
    public static String years(List<Integer> years) {
        return years.size() == 1 || years.getFirst().equals(years.getLast()) ? years.getFirst() + " 年"
                : years.getFirst() + "—" + years.getLast() + " 年";
    }

    /** The value axis: 数量（件）, 比率（%）, 金额（万元）. */
    public static String valueAxis(MetricInfo metric) {
        return switch (metric.kind()) {
            case COUNT -> "数量（" + metric.unit() + "）";
            case RATE -> "比率（%）";
            case AMOUNT -> "金额（" + metric.unit() + "）";
        };
    }

    /**
     * The change of a total against the year before: 比上年增长 12.3% / 下降 4.0% / 持平; for a rate 比上年提高
     * 0.1 个百分点; for a count from 0, 比上年增加 5 件; empty when there is nothing to compare.
     */
    public static String change(RegionTotals.YearTotal total, MetricKind kind, String unit) {
        return change(total.change(), total.changeRate(), kind, unit);
    }

    public static String change(Number change, BigDecimal changeRate, MetricKind kind, String unit) {
        if (change == null) {
            return "";
        }
        int sign = ChineseFigures.decimal(change).signum();
        if (sign == 0) {
            return "与上年持平";
        }
        if (kind == MetricKind.RATE) {
            return "比上年" + (sign > 0 ? "提高 " : "降低 ") + ChineseFigures.points(change);
        }
        if (changeRate == null) {
            return "比上年" + (sign > 0 ? "增加 " : "减少 ") + ChineseFigures.value(ChineseFigures.decimal(change).abs(),
                    kind, unit);
        }
        return "比上年" + (sign > 0 ? "增长 " : "下降 ") + ChineseFigures.percent(changeRate.abs());
    }

    /** 增加 / 提高: what a rise is called. */
    public static String rise(MetricKind kind) {
        return kind == MetricKind.RATE ? "提高" : "增加";
    }
}
