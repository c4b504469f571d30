package cn.nianbao.frontend.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.backend.agencies.AgencyKind;
import cn.nianbao.frontend.backend.analytics.AnalyticsClient;
import cn.nianbao.frontend.backend.analytics.Metric;
import cn.nianbao.frontend.backend.charts.ChartClient;
import cn.nianbao.frontend.backend.charts.ChartQuery;
import cn.nianbao.frontend.backend.exports.ExportClient;
import cn.nianbao.frontend.chart.ChartFigure;
import cn.nianbao.frontend.export.MeetingPackDialog;
import cn.nianbao.frontend.ui.MetricPicker;
import cn.nianbao.frontend.ui.OverviewTiles;
import cn.nianbao.frontend.ui.RegionView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 总览: for a region and a year, the backend's key figures (bodies expected, reported, missing, on time; new
 * requests; 公开率; reviews; lawsuits; 纠错率), each beside last year's, rates greyed with their n when the sample is
 * too small; below, the trends over the years as the backend draws them — the chosen indicator, the outcome
 * composition, requests by applicant type, reviews and lawsuits by result — each with its 数据表 and downloads.
 * Townships by default; the address keeps region, year, kind, the trend's years ({@code from}, {@code to}) and the
 * indicator ({@code metric}).
 */
@Route("")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.VIEWER})
@Menu(order = 1, title = "nav.overview", icon = "vaadin:dashboard")
public class OverviewView extends RegionView {

    /** The compositions under the tiles, in this order. */
    static final List<String> TREND_CHARTS = List.of("outcomes", "applicants", "reviews");

    private final ChartClient charts;
    private final MetricPicker metricPicker = new MetricPicker();
    private final Select<Integer> fromPicker = new Select<>();
    private final Select<Integer> toPicker = new Select<>();

    private final ExportClient exports;

    public OverviewView(AgencyClient agencies, AnalyticsClient analytics, ChartClient charts, ExportClient exports) {
        super("overview-view", "overview.title", AgencyKind.TOWNSHIP, agencies, analytics);
        this.charts = charts;
        this.exports = exports;
        metricPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                reopen("metric", event.getValue().id());
            }
        });
        years(fromPicker, "from", "overview.from");
        years(toPicker, "to", "overview.to");
        addControl(metricPicker);
        addControl(fromPicker);
        addControl(toPicker);
    }

    private void years(Select<Integer> picker, String parameter, String labelKey) {
        picker.setLabel(getTranslation(labelKey));
        picker.addClassName(parameter + "-picker");
        picker.setItemLabelGenerator(year -> getTranslation("region.year.value", String.valueOf(year)));
        picker.setWidth("8rem");
        picker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                reopen(parameter, String.valueOf(event.getValue()));
            }
        });
    }

    @Override
    protected void show(Choice choice) {
        addContent(new OverviewTiles(choice.overview()));
        TreeSet<Integer> years = new TreeSet<>(choice.overview().years());
        years.add(choice.year());
        int to = yearParameter("to").orElse(choice.year());
        int from = yearParameter("from").orElse(Math.max(years.first(), to - 5));
        years.add(to);
        years.add(from);
        fromPicker.setItems(new ArrayList<>(years));
        fromPicker.setValue(from);
        toPicker.setItems(new ArrayList<>(years));
        toPicker.setValue(to);
        String metric = metricPicker.offer(analytics.metrics(), parameter("metric").orElse(null), Metric.NEW_REQUESTS)
                .map(Metric::id).orElse(Metric.NEW_REQUESTS);
        String region = choice.region().code();
        H3 trends = new H3(getTranslation("overview.trends", String.valueOf(from), String.valueOf(to)));
        trends.addClassName("section-heading");
        Div figures = new Div();
        figures.addClassName("chart-grid");
        figures.add(new ChartFigure(charts,
                ChartQuery.compare("overview", region, from, to, null, choice.kind(), metric)));
        for (String chart : TREND_CHARTS) {
            figures.add(new ChartFigure(charts, ChartQuery.trend(chart, region, from, to, choice.kind())));
        }
        Button pack = new Button(getTranslation("pack.open"), VaadinIcon.PRESENTATION.create(),
                event -> new MeetingPackDialog(exports, region, choice.region().name(), new ArrayList<>(years), from,
                        to).open());
        pack.addClassName("meeting-pack-button");
        addContent(trends, pack, figures);
    }
}
