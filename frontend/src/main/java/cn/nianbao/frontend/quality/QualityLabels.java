package cn.nianbao.frontend.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import cn.nianbao.frontend.backend.quality.CompletenessState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** The words and badges of the 数据质量 page: states, severities and review statuses, named the same way everywhere. */
final class QualityLabels {

    private QualityLabels() {
    }

    static String state(Component page, CompletenessState state) {
        return page.getTranslation("quality.state." + code(state));
    }

    static String stateTooltip(Component page, CompletenessState state) {
        return page.getTranslation("quality.state." + code(state) + ".tooltip");
    }

    /** missing, late, errors, warnings, clean, not_expected, unknown: the backend's code, for classes and keys. */
    static String code(CompletenessState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /** 错误 / 警告 / 提示 as a coloured badge. */
    static Span severity(Component page, String severity) {
        String code = severity == null ? "info" : severity;
        Span badge = new Span(page.getTranslation("quality.severity." + code));
        badge.addClassNames("severity", "severity-" + code);
        return badge;
    }

    static String status(Component page, String status) {
        return page.getTranslation("quality.status." + status);
    }

    /** A rate of the backend (0…1) as 96.0%. */
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
