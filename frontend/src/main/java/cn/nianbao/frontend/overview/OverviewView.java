package cn.nianbao.frontend.overview;

import java.util.Set;
import java.util.stream.Collectors;

import cn.nianbao.frontend.backend.Agency;
import cn.nianbao.frontend.backend.AgencyKind;
import cn.nianbao.frontend.backend.BackendClient;
import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.NewRequests.AgencySeries;
import cn.nianbao.frontend.backend.NewRequests;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.chart.ChartFigure;
import cn.nianbao.frontend.chart.NewRequestsChart;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.RegionPicker;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 总览: for a region, key figures of the latest year and the line chart of new requests per township and year. The
 * region is in the address ({@code ?region=…}) so a supervisor can bookmark it.
 */
@Route("")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.VIEWER})
@Menu(order = 1, title = "nav.overview", icon = "vaadin:dashboard")
public class OverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BackendClient backend;
    private final ViewHeader header;
    private final RegionPicker regionPicker = new RegionPicker();
    private final Div content = new Div();
    private final Div chartHolder = new Div();

    public OverviewView(BackendClient backend) {
        this.backend = backend;
        addClassName("overview-view");
        header = new ViewHeader(getTranslation("overview.title"));
        regionPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(OverviewView.class,
                        QueryParameters.of("region", event.getValue().code())));
            }
        });
        content.addClassName("view-content");
        chartHolder.addClassName("chart-holder");
        add(header, regionPicker, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getLocation().getQueryParameters().getSingleParameter("region").orElse(null);
        content.removeAll();
        try {
            Agency region = regionPicker.offer(backend.agencies(null), code).orElse(null);
            if (region == null) {
                content.add(new Paragraph(getTranslation("region.none")));
                return;
            }
            NewRequests data = backend.newRequests(region.code(), AgencyKind.TOWNSHIP);
            header.setDemo(region.demo() || data.demo());
            show(data);
        } catch (BackendException e) {
            content.add(new BackendErrorMessage(e));
        }
    }

    private void show(NewRequests data) {
        if (data.series().isEmpty() || data.latestYear() == null) {
            content.add(new Paragraph(getTranslation("overview.empty")));
            return;
        }
        int year = data.latestYear();
        content.add(new OverviewTiles(OverviewFigures.of(data, year, backend.reports(data.region().code(), year))));

        MultiSelectComboBox<AgencySeries> townships = new MultiSelectComboBox<>(getTranslation("overview.townships"));
        townships.addClassName("township-picker");
        townships.setItems(data.series());
        townships.setItemLabelGenerator(series -> series.agencyName());
        townships.setWidth("40em");
        townships.setValue(Set.copyOf(TownshipSelection.initial(data)));
        if (data.series().size() > TownshipSelection.SHOW_ALL_UP_TO) {
            townships.setHelperText(getTranslation("overview.townships.helper", String.valueOf(year),
                    String.valueOf(TownshipSelection.TOP)));
        }
        townships.addValueChangeListener(event -> drawChart(data, event.getValue()));
        HorizontalLayout tools = new HorizontalLayout(townships);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);

        Paragraph note = new Paragraph(getTranslation("overview.legend_note"));
        note.addClassName("legend-note");
        content.add(tools, chartHolder, note);
        drawChart(data, townships.getValue());
    }

    private void drawChart(NewRequests data, Set<AgencySeries> shown) {
        chartHolder.removeAll();
        Set<String> codes = shown.stream().map(AgencySeries::agencyCode).collect(Collectors.toSet());
        String title = getTranslation("overview.chart.title", data.region().name());
        NewRequestsChart.Labels labels = new NewRequestsChart.Labels(title,
                getTranslation("overview.chart.year_axis"), getTranslation("overview.chart.count_axis"),
                getTranslation("overview.chart.note"));
        String region = data.region().code();
        chartHolder.add(new ChartFigure(() -> NewRequestsChart.create(data, codes, labels), title,
                getTranslation("overview.chart.description", title, String.valueOf(codes.size())),
                what -> backend.recordExport(region, what)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("overview.title"));
    }
}
