package cn.nianbao.frontend.quality;

import cn.nianbao.frontend.backend.Agency;
import cn.nianbao.frontend.backend.BackendClient;
import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.NewRequests.AgencySeries;
import cn.nianbao.frontend.backend.NewRequests.PointState;
import cn.nianbao.frontend.backend.NewRequests;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.PointStateLabel;
import cn.nianbao.frontend.ui.RegionPicker;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 数据质量: which body has a report for which year. Bodies × years, each cell 已填报 / 空白 / 缺报 / 不适用 as the API's
 * states say, with the count of received against expected reports per year underneath.
 */
@Route("quality")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.VIEWER})
@Menu(order = 3, title = "nav.quality", icon = "vaadin:check-square-o")
public class DataQualityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BackendClient backend;
    private final ViewHeader header;
    private final RegionPicker regionPicker = new RegionPicker();
    private final Div content = new Div();

    public DataQualityView(BackendClient backend) {
        this.backend = backend;
        addClassName("quality-view");
        header = new ViewHeader(getTranslation("quality.title"));
        header.setSubtitle(getTranslation("quality.subtitle"));
        regionPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(DataQualityView.class,
                        QueryParameters.of("region", event.getValue().code())));
            }
        });
        content.addClassName("view-content");
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
            // all bodies under the region, not only townships: departments must report too
            NewRequests data = backend.newRequests(region.code(), null);
            header.setDemo(region.demo() || data.demo());
            content.add(completeness(data));
        } catch (BackendException e) {
            content.add(new BackendErrorMessage(e));
        }
    }

    private Grid<AgencySeries> completeness(NewRequests data) {
        Grid<AgencySeries> grid = new Grid<>();
        grid.addClassName("completeness-grid");
        grid.addThemeVariants(GridVariant.COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        Grid.Column<AgencySeries> agency = grid.addColumn(AgencySeries::agencyName)
                .setHeader(getTranslation("quality.column.agency")).setFlexGrow(3);
        FooterRow footer = grid.appendFooterRow();
        footer.getCell(agency).setText(getTranslation("quality.footer.caption"));
        for (int year : data.years()) {
            Grid.Column<AgencySeries> column = grid
                    .addColumn(new ComponentRenderer<>(series -> new PointStateLabel(series.point(year).state())))
                    .setHeader(String.valueOf(year)).setKey(String.valueOf(year))
                    .setTextAlign(ColumnTextAlign.CENTER).setWidth("6em").setFlexGrow(0);
            long expected = data.series().stream().filter(s -> s.point(year).state() != PointState.NOT_EXPECTED)
                    .count();
            long received = data.series().stream().filter(s -> s.point(year).state() == PointState.REPORTED
                    || s.point(year).state() == PointState.BLANK).count();
            footer.getCell(column).setText(getTranslation("quality.footer", String.valueOf(received),
                    String.valueOf(expected)));
        }
        grid.setItems(data.series());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("quality.title"));
    }
}
