package cn.nianbao.frontend.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.backend.imports.ImportItem;
import cn.nianbao.frontend.template.FindingList;
import cn.nianbao.frontend.template.FindingMarks;
import cn.nianbao.frontend.template.ReportTables;
import cn.nianbao.frontend.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableBiConsumer;

/**
 * A file that waits for its body or year: the backend's candidates first in a picker of every body in the user's
 * scope, the year as read, the findings, and the tables as read laid out like the template with the findings on
 * their cells. One click stores it.
 */
class ConfirmPanel extends Div {

    /** 政府信息公开条例 took effect in 2008. */
    static final int FIRST_YEAR = 2008;
    static final int LAST_YEAR = 2100;

    /** A body to pick: the backend's candidates are marked 建议. */
    record Choice(String code, String name, boolean candidate) {
    }

    ConfirmPanel(ImportItem item, AgencyClient agencies, SerializableBiConsumer<String, Integer> onConfirm) {
        addClassName("import-confirm");
        setWidthFull();
        add(new H3(getTranslation("import.confirm.title", item.file())));
        if (item.message() != null) {
            Paragraph why = new Paragraph(item.message());
            why.addClassName("import-confirm-why");
            add(why);
        }
        ComboBox<Choice> agency = new ComboBox<>(getTranslation("import.confirm.agency"));
        agency.addClassName("confirm-agency");
        agency.setWidth("28rem");
        agency.setItemLabelGenerator(choice -> choice.candidate()
                ? getTranslation("import.confirm.candidate", choice.name()) : choice.name());
        List<Choice> choices = choices(item, agencies);
        agency.setItems(choices);
        choices.stream().filter(Choice::candidate).findFirst().ifPresent(agency::setValue);
        IntegerField year = new IntegerField(getTranslation("import.confirm.year"));
        year.addClassName("confirm-year");
        year.setMin(FIRST_YEAR);
        year.setMax(LAST_YEAR);
        year.setStepButtonsVisible(true);
        Integer read = item.year() != null ? item.year() : item.report() == null ? null : item.report().year();
        year.setValue(read);
        Button store = new Button(getTranslation("import.confirm.store"), click -> {
            if (agency.getValue() == null) {
                agency.setErrorMessage(getTranslation("import.confirm.agency.required"));
                agency.setInvalid(true);
                return;
            }
            if (year.getValue() == null || year.getValue() < FIRST_YEAR || year.getValue() > LAST_YEAR) {
                year.setErrorMessage(getTranslation("import.confirm.year.invalid", String.valueOf(FIRST_YEAR),
                        String.valueOf(LAST_YEAR)));
                year.setInvalid(true);
                return;
            }
            onConfirm.accept(agency.getValue().code(), year.getValue());
        });
        store.addClassName("confirm-store");
        store.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(agency, year, store);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.addClassName("import-confirm-form");
        add(form, new FindingList(item.findings()));
        if (item.report() != null) {
            Div preview = new Div(new ReportTables(item.report(), FindingMarks.of(this, item.findings())));
            preview.addClassName("import-preview");
            preview.setWidthFull();
            add(preview);
        }
    }

    /** The candidates first, then every other body the user may store for, in tree order. */
    private List<Choice> choices(ImportItem item, AgencyClient agencies) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        item.candidates().forEach(c -> choices.put(c.agencyCode(), new Choice(c.agencyCode(), c.agencyName(), true)));
        try {
            for (Agency body : agencies.visible()) {
                choices.putIfAbsent(body.code(), new Choice(body.code(), body.name(), false));
            }
        } catch (BackendException e) {
            // the candidates alone can still be confirmed
            Notices.failed(e);
        }
        return new ArrayList<>(choices.values());
    }
}
