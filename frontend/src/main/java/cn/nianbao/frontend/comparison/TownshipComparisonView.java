package cn.nianbao.frontend.comparison;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.frontend.backend.Agency;
import cn.nianbao.frontend.backend.AgencyKind;
import cn.nianbao.frontend.backend.BackendClient;
import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.NewRequests.SeriesPoint;
import cn.nianbao.frontend.backend.NewRequests;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.PointStateLabel;
import cn.nianbao.frontend.ui.RegionPicker;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 乡镇对比: the townships of a region ranked by new requests in one year, with the change from the year before. */
@Route("comparison")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.VIEWER})
@Menu(order = 2, title = "nav.comparison", icon = "vaadin:bar-chart-h")
public class TownshipComparisonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BackendClient backend;
    private final ViewHeader header;
    private final RegionPicker regionPicker = new RegionPicker();
    private final Select<Integer> yearPicker = new Select<>();
    private final Div content = new Div();

    public TownshipComparisonView(BackendClient backend) {
        this.backend = backend;
        addClassName("comparison-view");
        header = new ViewHeader(getTranslation("comparison.title"));
        yearPicker.setLabel(getTranslation("comparison.year"));
        yearPicker.addClassName("year-picker");
        regionPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                navigate(event.getValue().code(), yearPicker.getValue());
            }
        });
        yearPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && regionPicker.getValue() != null) {
                navigate(regionPicker.getValue().code(), event.getValue());
            }
        });
        content.addClassName("view-content");
        add(header, new HorizontalLayout(regionPicker, yearPicker), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        content.removeAll();
        try {
            Agency region = regionPicker.offer(backend.agencies(null), query.getSingleParameter("region").orElse(null)).orElse(null);
            if (region == null) {
                content.add(new Paragraph(getTranslation("region.none")));
                return;
            }
            NewRequests data = backend.newRequests(region.code(), AgencyKind.TOWNSHIP);
            header.setDemo(region.demo() || data.demo());
            if (data.years().isEmpty() || data.series().isEmpty()) {
                content.add(new Paragraph(getTranslation("overview.empty")));
                return;
            }
            yearPicker.setItems(data.years().reversed());
            int year = query.getSingleParameter("year").flatMap(TownshipComparisonView::parseYear)
                    .filter(data.years()::contains).orElse(data.latestYear());
            yearPicker.setValue(year);
            content.add(ranking(data, year));
            Paragraph note = new Paragraph(getTranslation("comparison.note"));
            note.addClassName("legend-note");
            content.add(note);
        } catch (BackendException e) {
            content.add(new BackendErrorMessage(e));
        }
    }

    private Grid<TownshipRanking.Line> ranking(NewRequests data, int year) {
        Grid<TownshipRanking.Line> grid = new Grid<>();
        grid.addClassName("ranking-grid");
        grid.addThemeVariants(GridVariant.COLUMN_BORDERS, GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(line -> line.rank() == null ? "" : line.rank().toString())
                .setHeader(getTranslation("comparison.column.rank")).setWidth("5em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.CENTER);
        grid.addColumn(TownshipRanking.Line::agencyName).setHeader(getTranslation("comparison.column.agency"))
                .setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(line -> value(line.current())))
                .setHeader(getTranslation("comparison.column.value", String.valueOf(year)))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(new ComponentRenderer<>(line -> value(line.previous())))
                .setHeader(getTranslation("comparison.column.previous", String.valueOf(year - 1)))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> line.change() == null ? "" : signed(line.change()))
                .setHeader(getTranslation("comparison.column.change")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> line.changeRate() == null ? "" : percent(line.changeRate()))
                .setHeader(getTranslation("comparison.column.change_rate")).setTextAlign(ColumnTextAlign.END);
        grid.setItems(TownshipRanking.of(data, year));
        return grid;
    }

    /** "+3", "−2", and a plain "0" for no change. */
    static String signed(int change) {
        return change == 0 ? "0" : String.format(Locale.ROOT, "%+d", change);
    }

    static String percent(double rate) {
        String text = String.format(Locale.ROOT, "%+.1f%%", rate * 100);
        return text.equals("+0.0%") || text.equals("-0.0%") ? "0.0%" : text;
    }

    private static Component value(SeriesPoint point) {
        return point.state() == NewRequests.PointState.REPORTED && point.value() != null
                ? new Span(point.value().toString()) : new PointStateLabel(point.state());
    }

    private void navigate(String region, Integer year) {
        QueryParameters query = year == null ? QueryParameters.of("region", region)
                : QueryParameters.simple(Map.of("region", region, "year", String.valueOf(year)));
        getUI().ifPresent(ui -> ui.navigate(TownshipComparisonView.class, query));
    }

    private static Optional<Integer> parseYear(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("comparison.title"));
    }
}
