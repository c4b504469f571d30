package cn.nianbao.frontend.account;

import java.util.List;

import cn.nianbao.frontend.backend.Agency;
import cn.nianbao.frontend.backend.BackendClient;
import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.User;
import cn.nianbao.frontend.backend.UserChange;
import cn.nianbao.frontend.backend.UserWithPassword;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.Formats;
import cn.nianbao.frontend.ui.Notices;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 用户管理 (administrators): every user with role, scope, status and lock; create one (the one-time password is shown
 * once), change name, role or scope, disable or enable, reset the password (a new one-time password). The backend
 * checks and records every change in the audit log.
 */
@Route("users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 6, title = "nav.users", icon = "vaadin:users")
public class UsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BackendClient backend;
    private final Grid<User> grid = new Grid<>();
    private final Div content = new Div();

    public UsersView(BackendClient backend) {
        this.backend = backend;
        addClassName("users-view");
        Button create = new Button(getTranslation("users.new"), new Icon(VaadinIcon.PLUS), click -> create());
        create.addClassName("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ViewHeader header = new ViewHeader(getTranslation("users.title"));
        header.setSubtitle(getTranslation("users.subtitle"));
        content.addClassName("view-content");
        configureGrid();
        add(header, create, content);
    }

    private void configureGrid() {
        grid.addClassName("users-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.addColumn(User::username).setKey("username").setHeader(getTranslation("users.column.username"))
                .setWidth("9em").setFlexGrow(0);
        grid.addColumn(User::shownName).setKey("display_name").setHeader(getTranslation("users.column.display_name"))
                .setWidth("8em").setFlexGrow(1);
        grid.addColumn(user -> getTranslation("role." + user.role())).setKey("role")
                .setHeader(getTranslation("users.column.role")).setWidth("6em").setFlexGrow(0);
        grid.addColumn(user -> user.scope() == null ? getTranslation("scope.all") : user.scope().name())
                .setKey("scope").setHeader(getTranslation("users.column.scope")).setWidth("10em").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::status)).setKey("status")
                .setHeader(getTranslation("users.column.status")).setWidth("10em").setFlexGrow(0);
        grid.addColumn(user -> Formats.beijingMinutes(user.lockedUntil())).setKey("locked_until")
                .setHeader(getTranslation("users.column.locked_until")).setWidth("9.5em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions")
                .setHeader(getTranslation("users.column.actions")).setWidth("14em").setFlexGrow(0);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload();
    }

    private void reload() {
        content.removeAll();
        try {
            grid.setItems(backend.users());
            content.add(grid);
        } catch (BackendException e) {
            content.add(new BackendErrorMessage(e));
        }
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

    private List<Agency> agencies() {
        return backend.agencies(null);
    }

    private void create() {
        List<Agency> tree;
        try {
            tree = agencies();
        } catch (BackendException e) {
            failed(e);
            return;
        }
        new UserDialog(null, tree, form -> {
            UserWithPassword created = backend.createUser(form);
            reload();
            new OneTimePasswordDialog(created, false).open();
        }).open();
    }

    private void edit(User user) {
        List<Agency> tree;
        try {
            tree = agencies();
        } catch (BackendException e) {
            failed(e);
            return;
        }
        new UserDialog(user, tree, form -> {
            backend.changeUser(user.username(), new UserChange(form.displayName(), form.role(),
                    form.scopeAgencyCode(), null));
            reload();
            Notices.saved(getTranslation("users.changed", user.username()));
        }).open();
    }

    private void reset(User user) {
        try {
            UserWithPassword reset = backend.resetPassword(user.username());
            reload();
            new OneTimePasswordDialog(reset, true).open();
        } catch (BackendException e) {
            failed(e);
        }
    }

    private void change(User user, UserChange change) {
        try {
            backend.changeUser(user.username(), change);
            reload();
            Notices.saved(getTranslation("users.changed", user.username()));
        } catch (BackendException e) {
            failed(e);
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


    private void failed(BackendException e) {
        String text = e.detail() != null ? e.detail() : getTranslation("error.text");
        Notification.show(getTranslation("error.action", text), 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("users.title"));
    }
}
