package cn.nianbao.backend.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import cn.nianbao.backend.analytics.MetricKind;

/**
 * Numbers as a Chinese caption prints them: counts with thousands separators (1,234 件), rates as percentages with
 * one decimal (48.7%), amounts in 万元 with up to two decimals, changes of a rate in 个百分点.
 */
public final class ChineseFigures {

    private ChineseFigures() {
    }

    /** 1,234 件 · 48.7% · 12.35 万元. */
    public static String value(Number value, MetricKind kind, String unit) {
        return switch (kind) {
            case RATE -> percent(value);
            case COUNT -> count(value) + " " + unit;
            case AMOUNT -> amount(value) + " " + unit;
        };
    }

    /** The number alone, as the chart's labels print it: 1,234 · 48.7% · 12.35. */
    public static String bare(Number value, MetricKind kind) {
        return switch (kind) {
            case RATE -> percent(value);
            case COUNT -> count(value);
            case AMOUNT -> amount(value);
        };
    }

    public static String count(Number value) {
        return format("#,##0", decimal(value));
    }

    public static String amount(Number value) {
        return format("#,##0.##", decimal(value));
    }

    /** A share 0…1 as a percentage with one decimal: 0.4865 → 48.7%. */
    public static String percent(Number share) {
        return format("0.0", decimal(share).movePointRight(2)) + "%";
    }

    /** A change of a rate in percentage points, without sign: 0.0014 → 0.1 个百分点. */
    public static String points(Number change) {
        return format("0.0", decimal(change).abs().movePointRight(2)) + " 个百分点";
    }

    /** A signed change as a label beside a body: +12 件, −3 件, +5.2 个百分点. */
    public static String signedChange(Number change, MetricKind kind, String unit) {
        BigDecimal decimal = decimal(change);
        String sign = decimal.signum() < 0 ? "−" : "+";
        return switch (kind) {
            case RATE -> sign + points(decimal);
            case COUNT -> sign + count(decimal.abs()) + " " + unit;
            case AMOUNT -> sign + amount(decimal.abs()) + " " + unit;
        };
    }

    static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(number.longValue());
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
