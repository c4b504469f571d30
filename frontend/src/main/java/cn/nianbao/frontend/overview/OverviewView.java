package cn.nianbao.frontend.overview;

import java.util.Set;
import java.util.stream.Collectors;

import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.backend.agencies.AgencyKind;
import cn.nianbao.frontend.backend.analytics.AnalyticsClient;
import cn.nianbao.frontend.backend.analytics.BodySeries;
import cn.nianbao.frontend.backend.analytics.Metric;
import cn.nianbao.frontend.backend.analytics.Series;
import cn.nianbao.frontend.backend.audit.AuditClient;
import cn.nianbao.frontend.chart.ChartFigure;
import cn.nianbao.frontend.chart.SeriesChart;
import cn.nianbao.frontend.ui.ComponentTexts;
import cn.nianbao.frontend.ui.OverviewTiles;
import cn.nianbao.frontend.ui.RegionView;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 总览: for a region and a year, the backend's key figures (bodies expected, reported, missing, on time; new
 * requests; rates; reviews and lawsuits) and the line chart of new requests per body and year. Townships by default.
 */
@Route("")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.VIEWER})
@Menu(order = 1, title = "nav.overview", icon = "vaadin:dashboard")
public class OverviewView extends RegionView {

    private final AuditClient audit;
    private final Div chartHolder = new Div();

    public OverviewView(AgencyClient agencies, AnalyticsClient analytics, AuditClient audit) {
        super("overview-view", "overview.title", AgencyKind.TOWNSHIP, agencies, analytics);
        this.audit = audit;
        chartHolder.addClassName("chart-holder");
    }

    @Override
    protected void show(Choice choice) {
        addContent(new OverviewTiles(choice.overview()));
        Series data = analytics.series(choice.region().code(), Metric.NEW_REQUESTS, null, choice.year(),
                choice.kind());
        header.setDemo(header.isDemoShown() || data.demo());
        if (data.series().isEmpty()) {
            empty(getTranslation("overview.empty", bodies(choice.kind())));
            return;
        }
        MultiSelectComboBox<BodySeries> shown = ComponentTexts.apply(
                new MultiSelectComboBox<>(getTranslation("overview.bodies", bodies(choice.kind()))));
        shown.addClassName("township-picker");
        shown.setItems(data.series());
        shown.setItemLabelGenerator(BodySeries::agencyName);
        shown.setWidth("40rem");
        shown.setValue(Set.copyOf(TownshipSelection.initial(data)));
        if (data.series().size() > TownshipSelection.SHOW_ALL_UP_TO) {
            shown.setHelperText(getTranslation("overview.bodies.helper", String.valueOf(data.latestYear()),
                    String.valueOf(TownshipSelection.TOP)));
        }
        shown.addValueChangeListener(event -> drawChart(data, choice, event.getValue()));
        Paragraph note = new Paragraph(getTranslation("overview.legend_note"));
        note.addClassName("legend-note");
        addContent(shown, chartHolder, note);
        drawChart(data, choice, shown.getValue());
    }

    private void drawChart(Series data, Choice choice, Set<BodySeries> shown) {
        chartHolder.removeAll();
        Set<String> codes = shown.stream().map(BodySeries::agencyCode).collect(Collectors.toSet());
        String title = getTranslation("overview.chart.title", data.region().name(), bodies(choice.kind()));
        SeriesChart.Labels labels = new SeriesChart.Labels(title, getTranslation("overview.chart.year_axis"),
                getTranslation("overview.chart.count_axis"), getTranslation("overview.chart.note"));
        String region = data.region().code();
        chartHolder.add(new ChartFigure(() -> SeriesChart.create(data, codes, labels), title,
                getTranslation("overview.chart.description", title, String.valueOf(codes.size())),
                what -> audit.recordExport(region, what)));
    }

    /** 乡镇（街道）, 部门 …: the bodies the page is about, by the kind chosen. */
    private String bodies(AgencyKind kind) {
        return getTranslation("kind.bodies." + (kind == null ? ALL_KINDS : kind.name()));
    }
}
