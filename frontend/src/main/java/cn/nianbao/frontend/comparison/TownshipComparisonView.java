package cn.nianbao.frontend.comparison;

import java.util.List;

import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.backend.agencies.AgencyKind;
import cn.nianbao.frontend.backend.analytics.AnalyticsClient;
import cn.nianbao.frontend.backend.analytics.Metric;
import cn.nianbao.frontend.backend.analytics.MetricKind;
import cn.nianbao.frontend.backend.analytics.Ranking;
import cn.nianbao.frontend.backend.analytics.RankingLine;
import cn.nianbao.frontend.ui.BackendLabels;
import cn.nianbao.frontend.ui.Figures;
import cn.nianbao.frontend.ui.PointValue;
import cn.nianbao.frontend.ui.RegionView;
import cn.nianbao.frontend.ui.TableLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 乡镇对比: the bodies of a region ranked by a metric in one year, with the change from the year before — ranks,
 * changes and the state of each year as the backend gives them ({@code GET /api/analytics/ranking}). A body that only
 * reports from this year shows its year before as 不需报送, not as 缺报.
 */
@Route("comparison")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.VIEWER})
@Menu(order = 2, title = "nav.comparison", icon = "vaadin:bar-chart-h")
public class TownshipComparisonView extends RegionView {

    private final Select<Metric> metricPicker = new Select<>();

    public TownshipComparisonView(AgencyClient agencies, AnalyticsClient analytics) {
        super("comparison-view", "comparison.title", AgencyKind.TOWNSHIP, agencies, analytics);
        metricPicker.setLabel(getTranslation("comparison.metric"));
        metricPicker.addClassName("metric-picker");
        metricPicker.setItemLabelGenerator(metric -> BackendLabels.metric(this, metric));
        metricPicker.setWidth("24rem");
        metricPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                reopen("metric", event.getValue().id());
            }
        });
        addControl(metricPicker);
    }

    @Override
    protected void show(Choice choice) {
        List<Metric> metrics = analytics.metrics();
        String metricId = parameter("metric").filter(id -> metrics.stream().anyMatch(m -> m.id().equals(id)))
                .orElse(Metric.NEW_REQUESTS);
        metricPicker.setItems(metrics);
        metrics.stream().filter(metric -> metric.id().equals(metricId)).findFirst().ifPresent(metricPicker::setValue);
        Ranking ranking = analytics.ranking(choice.region().code(), metricId, choice.year(), choice.kind());
        if (ranking.lines().isEmpty()) {
            empty(getTranslation("comparison.empty"));
            return;
        }
        Paragraph note = new Paragraph(getTranslation("comparison.note"));
        note.addClassName("legend-note");
        addContent(ranking(ranking, choice.kind()), note);
    }

    private Grid<RankingLine> ranking(Ranking ranking, AgencyKind kind) {
        Grid<RankingLine> grid = new Grid<>();
        TableLayout<RankingLine> table = TableLayout.of(grid, "ranking-grid");
        grid.setAllRowsVisible(true);
        Metric metric = ranking.metric();
        MetricKind metricKind = metric == null ? MetricKind.OTHER : metric.kind();
        String unit = metric == null || metric.unit() == null || metric.unit().isBlank() || metric.isRate()
                ? "" : getTranslation("comparison.unit", metric.unit());
        List<RankingLine> lines = ranking.lines();
        table.number("rank", getTranslation("comparison.column.rank"),
                line -> new Span(line.rank() == null ? "" : line.rank().toString()), TableLayout.digitsRem(3));
        table.label("agency", getTranslation("kind.heading." + (kind == null ? ALL_KINDS : kind.name())),
                line -> new Span(line.agencyName()), 16);
        table.number("current", getTranslation("comparison.column.year", String.valueOf(ranking.year()), unit),
                line -> PointValue.of(line.current(), metric),
                lines.stream().mapToDouble(line -> PointValue.widthRem(line.current(), metric)).max().orElse(0));
        table.number("previous", getTranslation("comparison.column.year", String.valueOf(ranking.year() - 1), unit),
                line -> PointValue.of(line.previous(), metric),
                lines.stream().mapToDouble(line -> PointValue.widthRem(line.previous(), metric)).max().orElse(0));
        table.number("change", getTranslation(metricKind == MetricKind.RATE ? "comparison.column.change.points"
                        : "comparison.column.change"),
                line -> new Span(Figures.change(line.change(), metricKind)),
                lines.stream().mapToDouble(line -> TableLayout.textRem(Figures.change(line.change(), metricKind)))
                        .max().orElse(0));
        // a rate changes by percentage points; a change of a change is not shown
        table.number("change_rate", getTranslation("comparison.column.change_rate"),
                line -> new Span(Figures.changeRate(line.changeRate())), TableLayout.digitsRem(7))
                .setVisible(metricKind != MetricKind.RATE);
        grid.setItems(lines);
        return grid;
    }
}
