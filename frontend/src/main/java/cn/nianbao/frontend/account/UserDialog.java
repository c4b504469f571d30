package cn.nianbao.frontend.account;

import java.util.List;
import java.util.Map;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.User;
import cn.nianbao.frontend.backend.agencies.FoundAgency;
import cn.nianbao.frontend.backend.users.NewUser;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.FieldErrors;
import cn.nianbao.frontend.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * 新建用户 / 修改用户: username (only when creating), name, role, and the scope found by name as the administrator types
 * (none for an administrator) — a page at a time from the backend, each body with the places above it, since a
 * national tree has 140,000 bodies and many 城关镇. What the backend refuses is shown at the field it names.
 */
class UserDialog extends Dialog {

    /** The backend's bounds on a search by name: the typed text, and how far one may page. */
    static final int MAX_QUERY = 64;
    static final int MAX_OFFSET = 10_000;
    static final int MAX_PAGE = 50;

    /** A page of the bodies whose name or code contains the text (blank: all). */
    @FunctionalInterface
    interface Search extends java.io.Serializable {
        List<FoundAgency> find(String text, int offset, int limit);
    }

    /** What the dialog asks the backend to do with the form; throws the backend's refusal. */
    @FunctionalInterface
    interface Save {
        void save(NewUser form) throws BackendException;
    }

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<FoundAgency> scope = new ComboBox<>();
    private final Div problem = new Div();

    /**
     * @param existing the user to change, or null to create one
     * @param search   the bodies the scope may be, by name
     */
    UserDialog(User existing, Search search, Save save) {
        addClassName("user-dialog");
        setHeaderTitle(existing == null ? getTranslation("users.dialog.create")
                : getTranslation("users.dialog.edit", existing.username()));
        setCloseOnOutsideClick(false);
        username.setLabel(getTranslation("users.column.username"));
        username.setHelperText(getTranslation("users.username.helper"));
        username.addClassName("user-username");
        displayName.setLabel(getTranslation("users.column.display_name"));
        displayName.addClassName("user-display-name");
        role.setLabel(getTranslation("users.column.role"));
        role.addClassName("user-role-picker");
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value));
        scope.setLabel(getTranslation("users.column.scope"));
        scope.addClassName("user-scope-picker");
        scope.setPlaceholder(getTranslation("users.scope.search"));
        scope.setItems(query -> page(search, query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        // the chosen body with the body above it; in the list, with every place above it
        scope.setItemLabelGenerator(found -> found.path().isEmpty() ? found.name()
                : getTranslation("users.scope.under", found.name(), found.path().getLast()));
        scope.setRenderer(new ComponentRenderer<>(found -> {
            Div item = new Div(new Span(found.name()));
            item.addClassName("scope-choice");
            if (!found.path().isEmpty()) {
                Span path = new Span(String.join(" › ", found.path()));
                path.addClassName("scope-choice-path");
                item.add(path);
            }
            return item;
        }));
        scope.setWidth("26em");
        role.addValueChangeListener(event -> scopeFor(event.getValue()));
        for (HasValidation field : new HasValidation[] {username, displayName, role, scope}) {
            field.setManualValidation(true);
        }
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            username.setHelperText(null);
            displayName.setValue(existing.shownName());
            role.setValue(existing.role());
            if (existing.scope() != null) {
                scope.setValue(new FoundAgency(existing.scope().code(), existing.scope().name(), List.of()));
            }
        } else {
            role.setValue(Role.CLERK);
        }
        scopeFor(role.getValue());
        FormLayout form = new FormLayout(username, displayName, role, scope);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        problem.addClassName("user-dialog-problem");
        add(form, problem);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button ok = new Button(getTranslation(existing == null ? "users.create" : "action.save"),
                click -> submit(save));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("save-user");
        getFooter().add(cancel, ok);
    }

    /** A page of the search; text the backend would refuse finds nothing, a failure is shown and finds nothing. */
    private static List<FoundAgency> page(Search search, String text, int offset, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.length() > MAX_QUERY || offset > MAX_OFFSET) {
            return List.of();
        }
        try {
            return search.find(typed, offset, Math.min(limit, MAX_PAGE));
        } catch (BackendException e) {
            Notices.failed(e);
            return List.of();
        }
    }

    private void scopeFor(Role chosen) {
        boolean admin = chosen == Role.ADMIN;
        scope.setEnabled(!admin);
        if (admin) {
            scope.clear();
        }
        scope.setHelperText(getTranslation(admin ? "users.scope.helper.admin"
                : chosen == Role.CLERK ? "users.scope.helper.clerk" : "users.scope.helper.region"));
    }

    private void submit(Save save) {
        problem.removeAll();
        username.setInvalid(false);
        role.setInvalid(false);
        scope.setInvalid(false);
        NewUser form = new NewUser(username.getValue().strip(), displayName.getValue().strip(), role.getValue(),
                scope.getValue() == null ? null : scope.getValue().code());
        try {
            save.save(form);
            close();
        } catch (BackendException e) {
            if (!FieldErrors.place(e, Map.of("username", username, "role", role, "scope_agency_code", scope))) {
                problem.add(new BackendErrorMessage(e));
            }
        }
    }
}
