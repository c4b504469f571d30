package cn.nianbao.frontend.agency;

import java.util.List;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.backend.agencies.AgencyChange;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.DemoBadge;
import cn.nianbao.frontend.ui.Notices;
import cn.nianbao.frontend.ui.TableLayout;
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

    private final AgencyClient agencies;
    private final TreeGrid<Agency> grid = new TreeGrid<>();
    private final AgencyTreeData tree;
    private final Div content = new Div();

    public AgencyTreeView(AgencyClient agencies) {
        this.agencies = agencies;
        this.tree = new AgencyTreeData(agencies);
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
        TableLayout<Agency> table = TableLayout.of(grid, "agencies-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        table.hierarchy("name", getTranslation("agencies.column.name"), this::name, 20);
        table.text("code", getTranslation("agencies.column.code"), Agency::code, 10, 0);
        table.text("kind", getTranslation("agencies.column.kind"), agency -> getTranslation("kind." + agency.kind()),
                7.5, 0);
        table.text("periods", getTranslation("agencies.column.periods"),
                agency -> ReportingYears.describe(agency.reportingPeriods(), this::getTranslation), 11, 0);
        table.component("actions", getTranslation("agencies.column.actions"), this::actions, 11, 0);
        grid.setHeight("70vh");
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

    /** Reads the tree anew (after a change) and opens its top level. */
    private void reload() {
        content.removeAll();
        tree.refreshAll();
        List<Agency> roots;
        try {
            roots = tree.roots();
        } catch (BackendException e) {
            content.add(new BackendErrorMessage(e));
            return;
        }
        grid.setDataProvider(tree);
        grid.expand(roots);
        content.add(grid);
    }

    /** Opens the form: to change {@code existing}, or (existing null) to add a body under {@code parent}. */
    private void open(Agency existing, Agency parent) {
        List<Agency> all;
        try {
            // the parent picker offers any body of the tree (the backend has no search by name yet)
            all = agencies.visible();
        } catch (BackendException e) {
            Notices.failed(e);
            return;
        }
        new AgencyDialog(existing, parent, all, existing == null
                ? form -> {
                    Agency created = agencies.create(form.asNew());
                    reload();
                    Notices.saved(getTranslation("agencies.created", created.name()));
                }
                : form -> {
                    AgencyChange change = form.changeFrom(existing);
                    if (change.isEmpty()) {
                        return;
                    }
                    agencies.change(existing.code(), change);
                    reload();
                    Notices.saved(getTranslation("agencies.changed", form.name()));
                }).open();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("agencies.title"));
    }
}
