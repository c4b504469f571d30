package cn.nianbao.frontend.quality;

import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.backend.analytics.AnalyticsClient;
import cn.nianbao.frontend.backend.analytics.BodySeries;
import cn.nianbao.frontend.backend.analytics.Metric;
import cn.nianbao.frontend.backend.analytics.PointState;
import cn.nianbao.frontend.backend.analytics.Series;
import cn.nianbao.frontend.ui.OverviewTiles;
import cn.nianbao.frontend.ui.PointStateLabel;
import cn.nianbao.frontend.ui.RegionView;
import cn.nianbao.frontend.ui.TableLayout;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 数据质量: which body has a report for which year. Bodies × years, each cell the backend's state of the body's
 * 本年新收申请数量 (已填报 / 空白 / 缺表三 / 缺报 / 不需报送), the year's reporting figures above and the number of missing
 * reports per year below. All kinds of bodies by default: departments must report too.
 */
@Route("quality")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.VIEWER})
@Menu(order = 3, title = "nav.quality", icon = "vaadin:check-square-o")
public class DataQualityView extends RegionView {

    public DataQualityView(AgencyClient agencies, AnalyticsClient analytics) {
        super("quality-view", "quality.title", null, agencies, analytics);
        header.setSubtitle(getTranslation("quality.subtitle"));
    }

    @Override
    protected void show(Choice choice) {
        addContent(new OverviewTiles(choice.overview(), OverviewTiles.REPORTING));
        Series data = analytics.series(choice.region().code(), Metric.NEW_REQUESTS, null, choice.year(),
                choice.kind());
        header.setDemo(header.isDemoShown() || data.demo());
        if (data.series().isEmpty()) {
            empty(getTranslation("quality.empty"));
            return;
        }
        addContent(completeness(data));
    }

    private Grid<BodySeries> completeness(Series data) {
        Grid<BodySeries> grid = new Grid<>();
        TableLayout<BodySeries> table = TableLayout.of(grid, "completeness-grid");
        grid.setAllRowsVisible(true);
        Grid.Column<BodySeries> agency = table.label("agency", getTranslation("quality.column.agency"),
                series -> new Span(series.agencyName()), 16);
        FooterRow footer = grid.appendFooterRow();
        footer.getCell(agency).setText(getTranslation("quality.footer.caption"));
        for (int year : data.years()) {
            Grid.Column<BodySeries> column = table.component(String.valueOf(year), String.valueOf(year),
                    series -> new PointStateLabel(series.point(year).state(), data.metric()), 6.5, 0);
            column.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.CENTER);
            long missing = data.series().stream().filter(s -> s.point(year).state() == PointState.MISSING).count();
            footer.getCell(column).setText(getTranslation("quality.footer", String.valueOf(missing)));
        }
        grid.setItems(data.series());
        return grid;
    }
}
