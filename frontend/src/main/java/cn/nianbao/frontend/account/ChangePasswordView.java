package cn.nianbao.frontend.account;

import java.util.Map;

import cn.nianbao.frontend.backend.AuthClient;
import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.security.CurrentUser;
import cn.nianbao.frontend.security.Routes;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.ComponentTexts;
import cn.nianbao.frontend.ui.FieldErrors;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * 修改密码: the user's own password (current, new, new again). The backend checks it and says in Chinese what is
 * wrong, next to the field concerned; on success its new token replaces the old one in the session. A user who still
 * has a one-time password is sent here whatever they open, until they have chosen their own.
 */
@Route(Routes.PASSWORD)
@PermitAll
@Menu(order = 8, title = "nav.password", icon = "vaadin:key")
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final AuthClient backend;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Div problem = new Div();

    public ChangePasswordView(AuthClient backend) {
        this.backend = backend;
        addClassName("password-view");
        add(new ViewHeader(getTranslation("password.title")));
        if (CurrentUser.mustChangePassword()) {
            Paragraph required = new Paragraph(getTranslation("password.required"));
            required.addClassName("password-required-notice");
            add(required);
        }
        Paragraph rules = new Paragraph(getTranslation("password.rules"));
        rules.addClassName("view-intro");
        current.setLabel(getTranslation("password.current"));
        current.addClassName("current-password");
        next.setLabel(getTranslation("password.new"));
        next.addClassName("new-password");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.addClassName("repeat-password");
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setWidth("22em");
            field.setRequiredIndicatorVisible(true);
            field.setRevealButtonVisible(true);
            ComponentTexts.apply(field);
            // the messages come from this view and the backend, not from the field's own validation
            field.setManualValidation(true);
        }
        current.getElement().setAttribute("autocomplete", "current-password");
        next.getElement().setAttribute("autocomplete", "new-password");
        repeat.getElement().setAttribute("autocomplete", "new-password");
        Button save = new Button(getTranslation("password.save"), click -> save());
        save.addClassName("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        problem.addClassName("password-problem");
        add(rules, current, next, repeat, save, problem);
    }

    void save() {
        problem.removeAll();
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        boolean complete = required(current, "password.current.missing") & required(next, "password.new.missing")
                & required(repeat, "password.repeat.missing");
        if (!complete) {
            return;
        }
        if (!next.getValue().equals(repeat.getValue())) {
            FieldErrors.mark(repeat, getTranslation("password.repeat.mismatch"));
            return;
        }
        try {
            backend.changePassword(current.getValue(), next.getValue());
        } catch (BackendException e) {
            showRefusal(e);
            return;
        }
        current.clear();
        next.clear();
        repeat.clear();
        Notification done = Notification.show(getTranslation("password.changed"), 5000,
                Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(Routes.HOME));
    }

    private void showRefusal(BackendException e) {
        if (e.reason() == BackendException.Reason.SESSION_ENDED) {
            // the session is over and the page is on its way to the login page
            problem.add(new BackendErrorMessage(e));
            return;
        }
        if (!e.isStatus(400) || !FieldErrors.place(e, Map.of("current_password", current, "new_password", next))) {
            problem.add(new BackendErrorMessage(e));
        }
    }

    private boolean required(PasswordField field, String key) {
        if (field.getValue() == null || field.getValue().isEmpty()) {
            FieldErrors.mark(field, getTranslation(key));
            return false;
        }
        return true;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("password.title"));
    }
}
