package cn.nianbao.frontend.agency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.frontend.backend.Agency;
import cn.nianbao.frontend.backend.AgencyChange;
import cn.nianbao.frontend.backend.BackendClient;
import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.DemoBadge;
import cn.nianbao.frontend.ui.Notices;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 机构管理 (administrators): the agency tree that scopes every user and says which bodies must report in which years.
 * Add a body (at the top or under another), rename it, move it under another parent, or change its reporting years
 * (a merged township stops reporting; a new department starts). The backend checks and audits every change.
 */
@Route("agencies")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 6.5, title = "nav.agencies", icon = "vaadin:sitemap")
public class AgencyTreeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BackendClient backend;
    private final TreeGrid<Agency> grid = new TreeGrid<>();
    private final Div content = new Div();
    private List<Agency> agencies = List.of();

    public AgencyTreeView(BackendClient backend) {
        this.backend = backend;
        addClassName("agencies-view");
        ViewHeader header = new ViewHeader(getTranslation("agencies.title"));
        header.setSubtitle(getTranslation("agencies.subtitle"));
        Button create = new Button(getTranslation("agencies.new"), new Icon(VaadinIcon.PLUS), click -> open(null, null));
        create.addClassName("new-agency");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.addClassName("view-content");
        configureGrid();
        add(header, create, content);
    }

    private void configureGrid() {
        grid.addClassName("agencies-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        // wide enough for the longest name with its 示例数据 badge, at every depth
        grid.addComponentHierarchyColumn(this::name).setKey("name").setHeader(getTranslation("agencies.column.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(Agency::code).setKey("code").setHeader(getTranslation("agencies.column.code"))
                .setWidth("9em").setFlexGrow(0);
        grid.addColumn(agency -> getTranslation("kind." + agency.kind())).setKey("kind")
                .setHeader(getTranslation("agencies.column.kind")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(agency -> ReportingYears.describe(agency.reportingPeriods(), this::getTranslation))
                .setKey("periods").setHeader(getTranslation("agencies.column.periods")).setWidth("11em")
                .setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions")
                .setHeader(getTranslation("agencies.column.actions")).setWidth("11em").setFlexGrow(0);
    }

    private Component name(Agency agency) {
        Span name = new Span(agency.name());
        if (!agency.demo()) {
            return name;
        }
        HorizontalLayout line = new HorizontalLayout(name, new DemoBadge());
        line.setSpacing(false);
        line.getStyle().set("gap", "0.4em");
        return line;
    }

    private Component actions(Agency agency) {
        Button edit = new Button(getTranslation("agencies.edit"), click -> open(agency, null));
        edit.addClassName("edit-agency");
        Button child = new Button(getTranslation("agencies.add_child"), click -> open(null, agency));
        child.addClassName("add-child-agency");
        for (Button button : new Button[] {edit, child}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout actions = new HorizontalLayout(edit, child);
        actions.setSpacing(false);
        return actions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload();
    }

    private void reload() {
        content.removeAll();
        try {
            agencies = backend.agencies(null);
        } catch (BackendException e) {
            content.add(new BackendErrorMessage(e));
            return;
        }
        // the backend lists the tree in tree order, so every parent comes before its children
        TreeData<Agency> tree = new TreeData<>();
        Map<String, Agency> byCode = new HashMap<>();
        for (Agency agency : agencies) {
            tree.addItem(byCode.get(agency.parentCode()), agency);
            byCode.put(agency.code(), agency);
        }
        grid.setDataProvider(new TreeDataProvider<>(tree));
        grid.expandRecursively(tree.getRootItems(), Integer.MAX_VALUE);
        content.add(grid);
    }

    /** Opens the form: to change {@code existing}, or (existing null) to add a body under {@code parent}. */
    private void open(Agency existing, Agency parent) {
        new AgencyDialog(existing, parent, agencies, existing == null
                ? form -> {
                    Agency created = backend.createAgency(form.asNew());
                    reload();
                    Notices.saved(getTranslation("agencies.created", created.name()));
                }
                : form -> {
                    AgencyChange change = form.changeFrom(existing);
                    if (change.isEmpty()) {
                        return;
                    }
                    backend.changeAgency(existing.code(), change);
                    reload();
                    Notices.saved(getTranslation("agencies.changed", form.name()));
                }).open();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("agencies.title"));
    }
}
