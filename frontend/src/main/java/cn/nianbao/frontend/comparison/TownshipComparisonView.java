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
import cn.nianbao.frontend.backend.charts.ChartClient;
import cn.nianbao.frontend.backend.charts.ChartQuery;
import cn.nianbao.frontend.backend.exports.ExportClient;
import cn.nianbao.frontend.chart.ChartFigure;
import cn.nianbao.frontend.export.ExportLinks;
import cn.nianbao.frontend.ui.MetricPicker;
import cn.nianbao.frontend.ui.Figures;
import cn.nianbao.frontend.ui.PointValue;
import cn.nianbao.frontend.ui.RegionView;
import cn.nianbao.frontend.ui.TableLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 乡镇对比: any indicator across the bodies of a region — the backend's ranked bar chart with last year's value
 * beside it, the heat map body × year and the small multiples of each body's trend, then the ranking as a table:
 * ranks, changes and the state of each year as the backend gives them ({@code GET /api/analytics/ranking}). A body
 * that only reports from this year shows its year before as 不需报送, not as 缺报. A click on a body opens it: its
 * report of the year, or this page one level down for a body with bodies under it. Townships by default; the
 * address keeps region, year, kind and indicator.
 */
@Route("comparison")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.VIEWER})
@Menu(order = 2, title = "nav.comparison", icon = "vaadin:bar-chart-h")
public class TownshipComparisonView extends RegionView {

    /** The backend's comparison charts, in this order. */
    static final List<String> CHARTS = List.of("ranking", "heatmap", "small-multiples");

    private final ChartClient charts;
    private final MetricPicker metricPicker = new MetricPicker();

    private final ExportClient exports;

    public TownshipComparisonView(AgencyClient agencies, AnalyticsClient analytics, ChartClient charts,
                                  ExportClient exports) {
        super("comparison-view", "comparison.title", AgencyKind.TOWNSHIP, agencies, analytics);
        this.charts = charts;
        this.exports = exports;
        metricPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                reopen("metric", event.getValue().id());
            }
        });
        addControl(metricPicker);
    }

    @Override
    protected void show(Choice choice) {
        String metricId = metricPicker.offer(analytics.metrics(), parameter("metric").orElse(null),
                Metric.NEW_REQUESTS).map(Metric::id).orElse(Metric.NEW_REQUESTS);
        Ranking ranking = analytics.ranking(choice.region().code(), metricId, choice.year(), choice.kind());
        if (ranking.lines().isEmpty()) {
            empty(getTranslation("comparison.empty"));
            return;
        }
        // the trends start with the first year with reports, at most six years back
        int from = Math.max(choice.overview().years().stream().min(Integer::compare).orElse(choice.year()),
                choice.year() - 5);
        Div figures = new Div();
        figures.addClassName("chart-grid");
        for (String chart : CHARTS) {
            figures.add(new ChartFigure(charts, ChartQuery.compare(chart, choice.region().code(),
                    Math.min(from, choice.year()), choice.year(), chart.equals("ranking") ? choice.year() : null,
                    choice.kind(), metricId)));
        }
        H3 table = new H3(getTranslation(ranking.bySubRegion() ? "comparison.table.children" : "comparison.table"));
        table.addClassName("section-heading");
        Paragraph note = new Paragraph(getTranslation("comparison.note"));
        note.addClassName("legend-note");
        ExportLinks downloads = new ExportLinks(exports, ExportClient.Export.BODIES, () -> ExportLinks.parameters(
                "region", choice.region().code(), "metric", metricId, "year", String.valueOf(choice.year()),
                "from", String.valueOf(Math.min(from, choice.year())), "to", String.valueOf(choice.year()),
                "kind", choice.kind() == null ? null : choice.kind().name()), List.of("xlsx", "csv"));
        if (ranking.bySubRegion()) {
            Paragraph children = new Paragraph(getTranslation("comparison.children"));
            children.addClassName("legend-note");
            addContent(figures, table, children, downloads, ranking(ranking, choice.kind()), note);
        } else {
            addContent(figures, table, downloads, ranking(ranking, choice.kind()), note);
        }
    }

    /** The body's name, to click: its report, or this page one level down when bodies lie under it. */
    private Button bodyLink(RankingLine line, int year) {
        Button link = new Button(line.agencyName(), event -> openBody(line.agencyCode(),
                agencies.subtree(line.agencyCode(), 1).size() > 1, year));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        link.addClassName("body-link");
        link.getElement().setAttribute("title", getTranslation("comparison.open", line.agencyName()));
        return link;
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
                line -> bodyLink(line, ranking.year()), 16);
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
