package cn.nianbao.frontend.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.User;
import cn.nianbao.frontend.backend.audit.AuditClient;
import cn.nianbao.frontend.backend.audit.AuditEvent;
import cn.nianbao.frontend.backend.audit.AuditQuery;
import cn.nianbao.frontend.security.CurrentUser;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.ChineseDates;
import cn.nianbao.frontend.ui.Formats;
import cn.nianbao.frontend.ui.TableLayout;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 审计日志: who did what, when, to which body, from where — newest first, in Beijing time, with the actions in
 * Chinese. Administrators see every event, supervisors those of their region (the backend decides). Filters: dates,
 * action, user.
 */
@Route("audit")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
@Menu(order = 7, title = "nav.audit", icon = "vaadin:records")
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The actions of the backend's audit log (docs/API.md), in the order offered in the filter. */
    static final List<String> ACTIONS = List.of("LOGIN_SUCCEEDED", "LOGIN_FAILED", "LOGIN_LOCKED", "PASSWORD_CHANGED",
            "PASSWORD_RESET", "USER_CREATED", "USER_CHANGED", "REPORT_STORED", "REPORT_CORRECTED",
            "EXPORT", "AGENCY_CREATED", "AGENCY_CHANGED");
    private static final String ANY = "";

    private final AuditClient audit;
    private final DatePicker from;
    private final DatePicker to;
    private final Select<String> action = new Select<>();
    private final TextField actor = new TextField();
    private final Grid<AuditEvent> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Div content = new Div();

    public AuditView(AuditClient audit) {
        this.audit = audit;
        addClassName("audit-view");
        ViewHeader header = new ViewHeader(getTranslation("audit.title"));
        header.setSubtitle(CurrentUser.get().map(this::coverage).orElse(""));

        from = ChineseDates.picker(getTranslation("audit.filter.from"), getLocale());
        from.addClassName("audit-from");
        to = ChineseDates.picker(getTranslation("audit.filter.to"), getLocale());
        to.addClassName("audit-to");
        List<String> actions = new ArrayList<>();
        actions.add(ANY);
        actions.addAll(ACTIONS);
        action.setLabel(getTranslation("audit.filter.action"));
        action.addClassName("audit-action");
        action.setItems(actions);
        action.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("audit.filter.any") : actionLabel(code));
        action.setValue(ANY);
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.addClassName("audit-actor");
        actor.setClearButtonVisible(true);
        Button search = new Button(getTranslation("audit.filter.search"), new Icon(VaadinIcon.SEARCH),
                click -> search());
        search.addClassName("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(from, to, action, actor, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        filters.addClassName("audit-filters");
        filters.setWrap(true);

        configureGrid();
        count.addClassName("audit-count");
        content.addClassName("view-content");
        add(header, filters, content);
    }

    private String coverage(User user) {
        return user.scope() == null ? getTranslation("audit.coverage.all")
                : getTranslation("audit.coverage.region", user.scope().name());
    }

    private void configureGrid() {
        TableLayout<AuditEvent> table = TableLayout.of(grid, "audit-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        table.text("time", getTranslation("audit.column.time"), event -> Formats.beijing(event.occurredAt()), 11.5, 0);
        table.text("actor", getTranslation("audit.column.actor"), event -> text(event.actor()), 8, 0);
        table.text("role", getTranslation("audit.column.role"), event -> roleLabel(event.actorRole()), 5, 0);
        table.text("action", getTranslation("audit.column.action"), event -> actionLabel(event.action()), 7, 0);
        table.text("agency", getTranslation("audit.column.agency"), event -> event.agencyName() != null
                ? event.agencyName() : text(event.agencyCode()), 10, 2);
        table.text("target", getTranslation("audit.column.target"), event -> text(event.target()), 10, 2);
        table.text("detail", getTranslation("audit.column.detail"), event -> text(event.detail()), 12, 3);
        table.text("address", getTranslation("audit.column.address"), event -> text(event.clientAddress()), 11, 1);
        grid.setHeight("65vh");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        search();
    }

    void search() {
        content.removeAll();
        LocalDate fromDate = from.getValue();
        LocalDate toDate = to.getValue();
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            to.setErrorMessage(getTranslation("audit.filter.to.before"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        // whole Beijing days: from the start of the first to the start of the day after the last
        AuditQuery query = new AuditQuery(startOf(fromDate), startOf(toDate == null ? null : toDate.plusDays(1)),
                action.getValue(), actor.getValue(), AuditQuery.MAX_LIMIT);
        AuditPages pages = new AuditPages(audit, query);
        try {
            // the first page now, so that a refusal or an unreachable backend is said in place of the grid
            pages.fetch(0, AuditPages.PAGE).count();
        } catch (BackendException e) {
            content.add(new BackendErrorMessage(e));
            return;
        }
        grid.setItems(page -> pages.fetch(page.getOffset(), page.getLimit()));
        count.setText(getTranslation("audit.count", String.valueOf(AuditPages.MAX_SHOWN)));
        content.add(count, grid);
    }

    /** The start of a Beijing day; the backend takes instants. */
    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.BEIJING).toInstant();
    }

    private String actionLabel(String code) {
        return label("audit.action.", code);
    }

    private String roleLabel(String code) {
        return label("role.", code);
    }

    /** The translation of a code, or the code itself when this dashboard does not know it yet. */
    private String label(String prefix, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String text = getTranslation(prefix + code);
        return text.startsWith("!") ? code : text;
    }

    private static String text(String value) {
        return Optional.ofNullable(value).orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("audit.title"));
    }
}
