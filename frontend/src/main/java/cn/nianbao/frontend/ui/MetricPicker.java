package cn.nianbao.frontend.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.frontend.backend.analytics.Metric;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

/**
 * Picks an indicator of the backend's list ({@code /api/analytics/metrics}), grouped as the backend groups them
 * (收到申请, 办理结果, 比率, 复议诉讼, 主动公开) under a heading each, with the backend's Chinese labels.
 */
public class MetricPicker extends Select<Metric> {

    /** The group headings shown, removed before the next offer (a page keeps its picker between visits). */
    private final List<Span> headings = new java.util.ArrayList<>();

    public MetricPicker() {
        setLabel(getTranslation("metric.picker"));
        addClassName("metric-picker");
        setItemLabelGenerator(metric -> BackendLabels.metric(this, metric));
        setWidth("24rem");
    }

    /** Offers the metrics grouped, and selects {@code id} when it is one of them, else {@code fallback}. */
    public Optional<Metric> offer(List<Metric> metrics, String id, String fallback) {
        Map<String, List<Metric>> byGroup = new LinkedHashMap<>();
        metrics.forEach(metric -> byGroup.computeIfAbsent(metric.group() == null ? "" : metric.group(),
                group -> new java.util.ArrayList<>()).add(metric));
        List<Metric> ordered = byGroup.values().stream().flatMap(List::stream).toList();
        headings.forEach(this::remove);
        headings.clear();
        setItems(ordered);
        byGroup.forEach((group, grouped) -> {
            Span heading = new Span(getTranslation("metric.group." + (group.isEmpty() ? "other" : group)));
            heading.addClassName("metric-group");
            prependComponents(grouped.getFirst(), heading);
            headings.add(heading);
        });
        Optional<Metric> chosen = ordered.stream().filter(metric -> metric.id().equals(id)).findFirst()
                .or(() -> ordered.stream().filter(metric -> metric.id().equals(fallback)).findFirst())
                .or(() -> ordered.stream().findFirst());
        chosen.ifPresent(this::setValue);
        return chosen;
    }
}
