package cn.nianbao.backend.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.backend.analytics.CellSum;
import cn.nianbao.backend.analytics.Metric;
import cn.nianbao.backend.analytics.MetricKind;
import cn.nianbao.backend.analytics.Point;
import cn.nianbao.backend.analytics.Ratio;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.quality.rules.Figures;
import cn.nianbao.backend.quality.rules.QualityFinding;
import cn.nianbao.backend.quality.rules.RuleCatalogue;

/**
 * Judges one body's year by a supervisor's threshold rule, on the points the analytics layer computed: a rate is
 * compared in percent, a count or an amount as it is, a change in percent of last year's value. Nothing is found
 * when a value is missing, blank or rests on too small a sample, or when last year's value is 0 (a change from
 * nothing has no percentage): an uncertain case is never a finding.
 */
final class ThresholdCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ThresholdCheck() {
    }

    static Optional<QualityFinding> judge(ThresholdRule rule, Metric metric, Point current, Point previous) {
        if (current == null || !current.hasValue()) {
            return Optional.empty();
        }
        BigDecimal value = shown(metric, current.value());
        return switch (rule.comparison()) {
            case ABOVE, BELOW -> {
                if (!enoughSample(metric, current, rule.minSample())) {
                    yield Optional.empty();
                }
                int order = value.compareTo(rule.threshold());
                boolean broken = rule.comparison() == Comparison.ABOVE ? order > 0 : order < 0;
                yield broken ? Optional.of(finding(rule, metric, observed(metric, current),
                        rule.comparison().label() + " " + plain(rule.threshold()) + unit(metric))) : Optional.empty();
            }
            case CHANGE_ABOVE -> {
                if (previous == null || !previous.hasValue()) {
                    yield Optional.empty();
                }
                BigDecimal last = shown(metric, previous.value());
                if (last.signum() == 0 || !enoughChangeSample(metric, current, previous, rule.minSample())) {
                    yield Optional.empty();
                }
                BigDecimal change = value.subtract(last).multiply(HUNDRED).divide(last, 1, RoundingMode.HALF_UP);
                if (change.abs().compareTo(rule.threshold()) <= 0) {
                    yield Optional.empty();
                }
                String observed = observed(metric, current) + "，上年 " + observed(metric, previous) + "，变化 "
                        + (change.signum() > 0 ? "+" : "") + plain(change) + "%";
                yield Optional.of(finding(rule, metric, observed, rule.comparison().label() + " "
                        + plain(rule.threshold()) + "%"));
            }
        };
    }

    private static QualityFinding finding(ThresholdRule rule, Metric metric, String observed, String condition) {
        Figures figures = Figures.of("rule_name", rule.name()).with("metric", metric.label())
                .with("observed", observed).with("condition", condition);
        return new QualityFinding(RuleCatalogue.THRESHOLD.code(), rule.severity(),
                RuleCatalogue.THRESHOLD.template().render(figures.asMap()), cells(metric), figures.asMap(), null, null,
                rule.id());
    }

    /** The cells the metric adds up, by contract path. */
    static List<String> cells(Metric metric) {
        List<String> cells = new ArrayList<>();
        switch (metric) {
            case CellSum sum -> sum.cells().forEach(cell -> cells.add(cell.path()));
            case Ratio ratio -> {
                ratio.numerator().cells().stream().map(CellPath::path).forEach(cells::add);
                ratio.denominator().cells().stream().map(CellPath::path).filter(path -> !cells.contains(path))
                        .forEach(cells::add);
            }
        }
        return cells;
    }

    /** The value as a supervisor reads it: a rate in percent. */
    private static BigDecimal shown(Metric metric, Number value) {
        BigDecimal decimal = value instanceof BigDecimal d ? d : BigDecimal.valueOf(value.longValue());
        return metric.kind() == MetricKind.RATE ? decimal.multiply(HUNDRED) : decimal;
    }

    private static String observed(Metric metric, Point point) {
        String text = plain(shown(metric, point.value())) + unit(metric);
        if (metric.kind() == MetricKind.RATE) {
            text += "（" + point.numerator() + "/" + point.denominator() + "）";
        }
        return text;
    }

    private static String unit(Metric metric) {
        return metric.kind() == MetricKind.RATE ? "%" : " " + metric.unit();
    }

    private static boolean enoughSample(Metric metric, Point point, int minimum) {
        if (metric.kind() != MetricKind.RATE) {
            return true;
        }
        return point.denominator() != null && point.denominator().longValue() >= minimum;
    }

    private static boolean enoughChangeSample(Metric metric, Point current, Point previous, int minimum) {
        if (metric.kind() == MetricKind.RATE) {
            return enoughSample(metric, current, minimum) && enoughSample(metric, previous, minimum);
        }
        return Math.max(current.value().doubleValue(), previous.value().doubleValue()) >= minimum;
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.setScale(Math.min(value.scale(), 2), RoundingMode.HALF_UP).stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
