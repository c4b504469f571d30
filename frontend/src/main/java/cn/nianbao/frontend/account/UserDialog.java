package cn.nianbao.frontend.account;

import java.util.List;
import java.util.Map;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.User;
import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.backend.users.NewUser;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.FieldErrors;
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
 * 新建用户 / 修改用户: username (only when creating), name, role, and the scope picked from the agency tree (none for an
 * administrator). What the backend refuses is shown at the field it names.
 */
class UserDialog extends Dialog {

    /** What the dialog asks the backend to do with the form; throws the backend's refusal. */
    @FunctionalInterface
    interface Save {
        void save(NewUser form) throws BackendException;
    }

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<Agency> scope = new ComboBox<>();
    private final Div problem = new Div();

    /**
     * @param existing the user to change, or null to create one
     * @param agencies the agency tree in tree order, for the scope picker
     */
    UserDialog(User existing, List<Agency> agencies, Save save) {
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
        scope.setItems(agencies);
        // the chosen body by its name; in the list, indented as in the tree
        scope.setItemLabelGenerator(Agency::name);
        scope.setRenderer(new ComponentRenderer<>(agency -> {
            Span name = new Span(agency.name());
            name.getStyle().set("padding-left", (1.2 * Math.max(0, agency.depth())) + "em");
            return name;
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
            agencies.stream().filter(agency -> agency.code().equals(existing.scopeCode())).findFirst()
                    .ifPresent(scope::setValue);
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
