package cn.nianbao.frontend.account;

import java.util.List;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.User;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.backend.users.UserChange;
import cn.nianbao.frontend.backend.users.UserClient;
import cn.nianbao.frontend.backend.users.UserWithPassword;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.Formats;
import cn.nianbao.frontend.ui.Notices;
import cn.nianbao.frontend.ui.TableLayout;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 用户管理 (administrators): the users, found by name or scope and read page by page, with role, scope, status and
 * lock; create one (the one-time password is shown once), change name, role or scope, disable or enable, reset the
 * password (a new one-time password). The backend checks and records every change in the audit log.
 */
@Route("users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 6, title = "nav.users", icon = "vaadin:users")
public class UsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAGE = 50;
    /** As the backend's bound of a search. */
    private static final int SEARCH_LENGTH = 64;

    private final UserClient users;
    private final AgencyClient agencies;
    private final Grid<User> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Div content = new Div();
    /** The first page {@link #reload} read, until the grid is served it. */
    private List<User> unread;

    public UsersView(UserClient users, AgencyClient agencies) {
        this.users = users;
        this.agencies = agencies;
        addClassName("users-view");
        Button create = new Button(getTranslation("users.new"), new Icon(VaadinIcon.PLUS), click -> create());
        create.addClassName("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ViewHeader header = new ViewHeader(getTranslation("users.title"));
        header.setSubtitle(getTranslation("users.subtitle"));
        content.addClassName("view-content");
        search.addClassName("users-search");
        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(SEARCH_LENGTH);
        search.setWidth("20rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> reload());
        HorizontalLayout bar = new HorizontalLayout(create, search);
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        configureGrid();
        add(header, bar, content);
    }

    private void configureGrid() {
        TableLayout<User> table = TableLayout.of(grid, "users-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        table.text("username", getTranslation("users.column.username"), User::username, 8, 0);
        table.textLabel("display_name", getTranslation("users.column.display_name"), User::shownName, 8);
        table.text("role", getTranslation("users.column.role"), user -> getTranslation("role." + user.role()), 5, 0);
        table.text("scope", getTranslation("users.column.scope"),
                user -> user.scope() == null ? getTranslation("scope.all") : user.scope().name(), 10, 1);
        table.component("status", getTranslation("users.column.status"), this::status, 10, 0);
        table.text("locked_until", getTranslation("users.column.locked_until"),
                user -> Formats.beijingMinutes(user.lockedUntil()), 9.5, 0);
        table.component("actions", getTranslation("users.column.actions"), this::actions, 13.5, 0);
        // read page by page as the list scrolls: a province's deployment has a clerk for each of thousands of bodies
        grid.setPageSize(PAGE);
        grid.setHeight("70vh");
        grid.setEmptyStateText(getTranslation("users.none"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload();
    }

    private void reload() {
        content.removeAll();
        String text = search.getValue().strip();
        List<User> first;
        try {
            // the first page read here, so that a refusal shows in place of the list rather than as a broken grid;
            // the grid is then served it instead of asking the backend for it again
            first = users.page(text, 0, PAGE);
        } catch (BackendException e) {
            content.add(new BackendErrorMessage(e));
            return;
        }
        unread = first;
        grid.setItems(query -> {
            List<User> read = unread;
            unread = null;
            // a short first page is every user found; else it serves the rows it holds
            if (read != null && (read.size() < PAGE || query.getOffset() + query.getLimit() <= read.size())) {
                return read.stream().skip(query.getOffset()).limit(query.getLimit());
            }
            return users.page(text, query.getOffset(), query.getLimit()).stream();
        });
        content.add(grid);
    }

    private Component status(User user) {
        Span status = new Span(getTranslation(user.disabled() ? "users.status.disabled"
                : user.mustChangePassword() ? "users.status.one_time" : "users.status.active"));
        status.addClassName("user-status");
        status.addClassName(user.disabled() ? "status-disabled" : "status-active");
        if (user.demo()) {
            Span demo = new Span(getTranslation("users.status.demo"));
            demo.addClassName("user-demo");
            return new HorizontalLayout(status, demo);
        }
        return status;
    }

    private Component actions(User user) {
        Button edit = new Button(getTranslation("users.edit"), click -> edit(user));
        edit.addClassName("edit-user");
        Button reset = new Button(getTranslation("users.reset"), click -> confirm(
                getTranslation("users.reset.confirm.title", user.username()),
                getTranslation("users.reset.confirm.text", user.shownName()),
                getTranslation("users.reset"), () -> reset(user)));
        reset.addClassName("reset-password");
        Button toggle = new Button(getTranslation(user.disabled() ? "users.enable" : "users.disable"),
                click -> confirm(getTranslation(user.disabled() ? "users.enable.confirm.title"
                                : "users.disable.confirm.title", user.username()),
                        getTranslation(user.disabled() ? "users.enable.confirm.text" : "users.disable.confirm.text",
                                user.shownName()),
                        getTranslation(user.disabled() ? "users.enable" : "users.disable"),
                        () -> change(user, UserChange.disabled(!user.disabled()))));
        toggle.addClassName(user.disabled() ? "enable-user" : "disable-user");
        if (!user.disabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        for (Button button : new Button[] {edit, reset, toggle}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout actions = new HorizontalLayout(edit, reset, toggle);
        actions.setSpacing(false);
        actions.addClassName("user-actions");
        return actions;
    }

    private void create() {
        new UserDialog(null, agencies::search, form -> {
            UserWithPassword created = users.create(form);
            reload();
            new OneTimePasswordDialog(created, false).open();
        }).open();
    }

    private void edit(User user) {
        new UserDialog(user, agencies::search, form -> {
            users.change(user.username(), new UserChange(form.displayName(), form.role(),
                    form.scopeAgencyCode(), null));
            reload();
            Notices.saved(getTranslation("users.changed", user.username()));
        }).open();
    }

    private void reset(User user) {
        try {
            UserWithPassword reset = users.resetPassword(user.username());
            reload();
            new OneTimePasswordDialog(reset, true).open();
        } catch (BackendException e) {
            Notices.failed(e);
        }
    }

    private void change(User user, UserChange change) {
        try {
            users.change(user.username(), change);
            reload();
            Notices.saved(getTranslation("users.changed", user.username()));
        } catch (BackendException e) {
            Notices.failed(e);
        }
    }

    private void confirm(String title, String text, String action, Runnable confirmed) {
        Dialog dialog = new Dialog();
        dialog.addClassName("confirm-dialog");
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(text));
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        Button ok = new Button(action, click -> {
            dialog.close();
            confirmed.run();
        });
        ok.addClassName("confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("users.title"));
    }
}
