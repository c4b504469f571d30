package cn.nianbao.frontend.ui;

import java.util.Locale;
import java.util.Map;

import cn.nianbao.frontend.backend.analytics.Metric;
import cn.nianbao.frontend.backend.analytics.PointState;
import com.vaadin.flow.component.html.Span;

/**
 * 已填报 / 空白 / 缺表三 / 缺报 / 不需报送, each with its own colour and a tooltip saying what it means. The state is the
 * backend's; this only names it, the same way on every page.
 */
public class PointStateLabel extends Span {

    /** The table a metric group reads, for 缺表三 rather than a vague 缺表. */
    private static final Map<String, String> TABLE_OF_GROUP = Map.of("requests", "3", "outcomes", "3",
            "reviews", "4", "proactive", "2");

    public PointStateLabel(PointState state) {
        this(state, null);
    }

    /** @param metric the metric the state is about, to name the missing table; null when unknown */
    public PointStateLabel(PointState state, Metric metric) {
        String name = state.name().toLowerCase(Locale.ROOT);
        String key = "state." + name;
        String table = state == PointState.TABLE_MISSING && metric != null
                ? TABLE_OF_GROUP.get(metric.group()) : null;
        setText(table == null ? getTranslation(key) : getTranslation("state.table_missing.of", table(table)));
        getElement().setAttribute("title", getTranslation(key + ".tooltip"));
        addClassName("state");
        addClassName("state-" + name.replace('_', '-'));
    }

    private String table(String number) {
        return getTranslation("table.number." + number);
    }
}
