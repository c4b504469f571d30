package cn.nianbao.frontend.agency;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.backend.agencies.AgencyKind;
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
 * 新建机构 / 修改机构: code and kind (fixed once created), name, parent (empty for the top level; never the body itself
 * or one of its own subordinates) and the reporting years. What the backend refuses is shown at the field it names.
 */
class AgencyDialog extends Dialog {

    /** What the dialog asks the backend to do with the form; throws the backend's refusal. */
    @FunctionalInterface
    interface Save {
        void save(AgencyForm form) throws BackendException;
    }

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<AgencyKind> kind = new Select<>();
    private final ComboBox<Agency> parent = new ComboBox<>();
    private final ReportingPeriodsEditor periods = new ReportingPeriodsEditor();
    private final Div problem = new Div();

    /**
     * @param existing      the body to change, or null to add one
     * @param initialParent where a new body goes (null: the top level); ignored when changing
     * @param agencies      the whole tree in tree order, for the parent picker
     */
    AgencyDialog(Agency existing, Agency initialParent, List<Agency> agencies, Save save) {
        addClassName("agency-dialog");
        setHeaderTitle(existing == null ? getTranslation("agencies.dialog.create")
                : getTranslation("agencies.dialog.edit", existing.name()));
        setCloseOnOutsideClick(false);
        setWidth("34em");
        code.setLabel(getTranslation("agencies.column.code"));
        code.setHelperText(getTranslation("agencies.code.helper"));
        code.addClassName("agency-code");
        name.setLabel(getTranslation("agencies.column.name"));
        name.addClassName("agency-name");
        kind.setLabel(getTranslation("agencies.column.kind"));
        kind.addClassName("agency-kind");
        kind.setItems(AgencyKind.values());
        kind.setItemLabelGenerator(value -> value == null ? "" : getTranslation("kind." + value));
        parent.setLabel(getTranslation("agencies.parent"));
        parent.addClassName("agency-parent");
        parent.setHelperText(getTranslation("agencies.parent.helper"));
        parent.setClearButtonVisible(true);
        parent.setItems(existing == null ? agencies : outside(existing, agencies));
        parent.setItemLabelGenerator(Agency::name);
        parent.setRenderer(new ComponentRenderer<>(agency -> {
            Span label = new Span(agency.name());
            label.getStyle().set("padding-left", (1.2 * Math.max(0, agency.depth())) + "em");
            return label;
        }));
        for (HasValidation field : new HasValidation[] {code, name, kind, parent}) {
            field.setManualValidation(true);
        }
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            code.setHelperText(null);
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            kind.setReadOnly(true);
            agencies.stream().filter(agency -> agency.code().equals(existing.parentCode())).findFirst()
                    .ifPresent(parent::setValue);
            periods.setValue(existing.reportingPeriods());
        } else {
            kind.setValue(initialParent == null ? AgencyKind.PEOPLES_GOVERNMENT : AgencyKind.TOWNSHIP);
            periods.setValue(List.of(new Agency.ReportingPeriod(Year.now().getValue() - 1, null)));
            if (initialParent != null) {
                parent.setValue(initialParent);
                code.setValue(initialParent.code() + ".");
            }
        }
        FormLayout form = new FormLayout(code, name, kind, parent, periods);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        problem.addClassName("agency-dialog-problem");
        add(form, problem);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.addClassName("cancel-agency");
        Button ok = new Button(getTranslation(existing == null ? "agencies.create" : "action.save"),
                click -> submit(save));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("save-agency");
        getFooter().add(cancel, ok);
    }

    /** Every body except {@code moved} and those under it: a body cannot be put under its own subtree. */
    private static List<Agency> outside(Agency moved, List<Agency> agencies) {
        Set<String> subtree = new HashSet<>(Set.of(moved.code()));
        List<Agency> allowed = new ArrayList<>();
        for (Agency agency : agencies) { // tree order: a parent is met before its children
            if (agency.parentCode() != null && subtree.contains(agency.parentCode())) {
                subtree.add(agency.code());
            }
            if (!subtree.contains(agency.code())) {
                allowed.add(agency);
            }
        }
        return allowed;
    }

    private void submit(Save save) {
        problem.removeAll();
        for (HasValidation field : new HasValidation[] {code, name, kind, parent}) {
            field.setInvalid(false);
        }
        Optional<List<Agency.ReportingPeriod>> years = periods.read();
        if (years.isEmpty()) {
            return; // the editor has marked the row to complete
        }
        AgencyForm form = new AgencyForm(code.getValue().strip(), name.getValue().strip(), kind.getValue(),
                parent.getValue() == null ? null : parent.getValue().code(), years.get());
        try {
            save.save(form);
            close();
        } catch (BackendException e) {
            boolean placed = FieldErrors.place(e, Map.of("code", code, "name", name, "kind", kind,
                    "parent_code", parent));
            Optional<String> periodsRefused = e.fieldError("reporting_periods");
            periodsRefused.ifPresent(periods::showProblem);
            if (!placed && periodsRefused.isEmpty()) {
                problem.add(new BackendErrorMessage(e));
            }
        }
    }
}
