package cn.nianbao.frontend.importing;

import java.util.List;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.imports.ImportClient;
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
 * A file that waits for its body or year: a picker that searches the user's scope as they type (a page at a time from
 * the backend, the bodies the document named first — a province has tens of thousands), the year as read, the
 * findings, and the tables as read laid out like the template with the findings on their cells. One click stores it.
 */
class ConfirmPanel extends Div {

    /** 政府信息公开条例 took effect in 2008. */
    static final int FIRST_YEAR = 2008;
    static final int LAST_YEAR = 2100;

    /** The backend's bounds on a search: the typed text, and how far one may page. */
    static final int MAX_QUERY = 50;
    static final int MAX_OFFSET = 10_000;
    static final int MAX_PAGE = 50;

    /** A body to pick: the backend's candidates are marked 建议; two choices are the same body when their codes are. */
    record Choice(String code, String name, String parentName, boolean candidate) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Choice choice && choice.code.equals(code);
        }

        @Override
        public int hashCode() {
            return code.hashCode();
        }
    }

    /** A page of the bodies whose name or code contains the text (blank: all), the detected ones first. */
    @FunctionalInterface
    interface Search extends java.io.Serializable {
        List<ImportClient.Found> find(String text, int offset, int limit);
    }

    ConfirmPanel(ImportItem item, Search search, SerializableBiConsumer<String, Integer> onConfirm) {
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
                ? getTranslation("import.confirm.candidate", choice.name())
                : choice.parentName() == null ? choice.name()
                : getTranslation("import.confirm.under", choice.name(), choice.parentName()));
        agency.setItems(query -> page(search, query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        item.candidates().stream().findFirst()
                .ifPresent(first -> agency.setValue(new Choice(first.agencyCode(), first.agencyName(), null, true)));
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

    /** A page of the search; text the backend would refuse finds nothing, a failure is shown and finds nothing. */
    private static List<Choice> page(Search search, String text, int offset, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.length() > MAX_QUERY || offset > MAX_OFFSET) {
            return List.of();
        }
        try {
            return search.find(typed, offset, Math.min(limit, MAX_PAGE)).stream()
                    .map(found -> new Choice(found.agencyCode(), found.agencyName(), found.parentName(),
                            found.detected()))
                    .toList();
        } catch (BackendException e) {
            Notices.failed(e);
            return List.of();
        }
    }
}
