package cn.nianbao.frontend.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.nianbao.frontend.backend.reports.AnnualReportData;
import cn.nianbao.frontend.backend.reports.AnnualReportData.Contact;
import cn.nianbao.frontend.template.Cell;
import cn.nianbao.frontend.template.CellMarks;
import cn.nianbao.frontend.template.CellPlace;
import cn.nianbao.frontend.template.ReportTables;
import cn.nianbao.frontend.ui.ChineseDates;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;

/**
 * The manual entry form: the metadata, the three standard tables as the same grids as the report page with an input
 * in every cell (so its columns line up with the read-only page), and the reason. A cell left empty is "not known"
 * (blank in the contract), a number must be a whole number of at least 0 (表二's fees: 万元 with up to four
 * decimals). Rows and tables the report did not have stay absent unless something is typed into them.
 */
class ReportForm extends Div {

    static final Pattern COUNT = Pattern.compile("\\d{1,9}");
    static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,4})?");
    static final String AMOUNT_PATH = "proactive.fees.amount_wan_yuan";
    static final int MAX_REASON = 1000;

    private final AnnualReportData original;
    private final Map<String, TextField> cells = new LinkedHashMap<>();
    final TextField agency = field("entry.agency", "agency", 200);
    final DatePicker signedOn;
    final DatePicker publishedOn;
    final TextField url = field("meta.url", "url", 2000);
    final TextField organization = field("entry.contact.organization", "contact.organization", 500);
    final TextField address = field("entry.contact.address", "contact.address", 500);
    final TextField postalCode = field("meta.contact.postal_code", "contact.postal_code", 20);
    final TextField phone = field("meta.contact.phone", "contact.phone", 100);
    final TextField fax = field("meta.contact.fax", "contact.fax", 100);
    final TextField email = field("meta.contact.email", "contact.email", 200);
    final TextField website = field("entry.contact.website", "contact.website", 500);
    final TextArea reason = new TextArea();

    ReportForm(AnnualReportData report, CellMarks marks) {
        this.original = report;
        addClassName("report-form");
        setWidthFull();
        signedOn = ChineseDates.picker(getTranslation("meta.signed_on"), getLocale());
        signedOn.addClassName("entry-signed_on");
        publishedOn = ChineseDates.picker(getTranslation("meta.published_on"), getLocale());
        publishedOn.addClassName("entry-published_on");
        agency.setValue(orEmpty(report.agency()));
        signedOn.setValue(report.signedOn());
        publishedOn.setValue(report.publishedOn());
        url.setValue(orEmpty(report.url()));
        url.setWidth("28rem");
        Contact contact = report.contact();
        if (contact != null) {
            organization.setValue(orEmpty(contact.organization()));
            address.setValue(orEmpty(contact.address()));
            postalCode.setValue(orEmpty(contact.postalCode()));
            phone.setValue(orEmpty(contact.phone()));
            fax.setValue(orEmpty(contact.fax()));
            email.setValue(orEmpty(contact.email()));
            website.setValue(orEmpty(contact.website()));
        }
        Div metadata = new Div(agency, signedOn, publishedOn, url);
        metadata.addClassName("entry-metadata");
        Div contactFields = new Div(organization, address, postalCode, phone, fax, email, website);
        contactFields.addClassName("entry-metadata");
        reason.setLabel(getTranslation("entry.reason"));
        reason.addClassName("entry-reason");
        reason.setRequired(true);
        reason.setMaxLength(MAX_REASON);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("entry.reason.help"));
        add(new H3(getTranslation("entry.metadata")), metadata, new H3(getTranslation("meta.contact")), contactFields,
                new ReportTables(report, marks, this::cell), reason);
    }

    /** The input of one cell of the template tables. */
    private TextField cell(String path, Cell cell) {
        TextField input = new TextField();
        input.addClassName("entry-cell");
        input.addThemeVariants(TextFieldVariant.LUMO_SMALL, TextFieldVariant.LUMO_ALIGN_RIGHT);
        input.setWidthFull();
        input.getElement().setAttribute("data-path", path);
        input.setAriaLabel(CellPlace.of(this, path));
        input.setValue(cell.state() == Cell.State.VALUE ? cell.text() : "");
        input.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        input.addValueChangeListener(event -> check(path, input));
        cells.put(path, input);
        return input;
    }

    private boolean check(String path, TextField input) {
        String text = input.getValue().strip();
        boolean amount = path.equals(AMOUNT_PATH);
        boolean valid = text.isEmpty() || (amount ? AMOUNT : COUNT).matcher(text).matches();
        input.setInvalid(!valid);
        input.setErrorMessage(valid ? null : getTranslation(amount ? "entry.cell.amount" : "entry.cell.count"));
        return valid;
    }

    /** The inputs that hold no valid number, by path, in the order of the tables. */
    List<String> invalidCells() {
        List<String> invalid = new ArrayList<>();
        cells.forEach((path, input) -> {
            if (!check(path, input)) {
                invalid.add(path);
            }
        });
        return invalid;
    }

    TextField cellAt(String path) {
        return cells.get(path);
    }

    /** The form's fields by their name in the API, for the backend's field errors. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("agency", agency);
        fields.put("signed_on", signedOn);
        fields.put("published_on", publishedOn);
        fields.put("url", url);
        fields.put("contact.organization", organization);
        fields.put("contact.address", address);
        fields.put("contact.postal_code", postalCode);
        fields.put("contact.phone", phone);
        fields.put("contact.fax", fax);
        fields.put("contact.email", email);
        fields.put("contact.website", website);
        fields.put("reason", reason);
        fields.putAll(cells);
        return fields;
    }

    /** The report as typed (call after {@link #invalidCells()} found none). */
    AnnualReportData report(int year) {
        Contact contact = new Contact(text(organization), text(address), text(postalCode), text(phone), text(fax),
                text(email), text(website));
        boolean anyContact = contact.organization() != null || contact.address() != null
                || contact.postalCode() != null || contact.phone() != null || contact.fax() != null
                || contact.email() != null || contact.website() != null;
        return new AnnualReportData(original.format() == null ? "2021" : original.format(), text(agency), year,
                signedOn.getValue(), table("proactive", original.proactive()),
                table("requests", original.requests()), table("reviews", original.reviews()),
                original.statisticsPeriod(), anyContact || original.contact() != null ? contact : null,
                original.sections(), publishedOn.getValue(), text(url));
    }

    /**
     * One table as typed: every row the report had keeps its cells (empty inputs are blank), a row it did not have
     * is added only when a number was typed into it; a table it did not have likewise.
     */
    private <T extends Number> Map<String, Map<String, T>> table(String table,
                                                                 Map<String, Map<String, T>> before) {
        Map<String, Map<String, T>> rows = new LinkedHashMap<>();
        Map<String, Boolean> typed = new LinkedHashMap<>();
        cells.forEach((path, input) -> {
            if (!path.startsWith(table + ".")) {
                return;
            }
            String rest = path.substring(table.length() + 1);
            int dot = rest.indexOf('.');
            String row = rest.substring(0, dot);
            String column = rest.substring(dot + 1);
            String text = input.getValue().strip();
            @SuppressWarnings("unchecked")
            T value = text.isEmpty() ? null : (T) (table.equals("proactive") ? new BigDecimal(text)
                    : Integer.valueOf(text));
            rows.computeIfAbsent(row, key -> new LinkedHashMap<>()).put(column, value);
            typed.merge(row, value != null, Boolean::logicalOr);
        });
        rows.keySet().removeIf(row -> !typed.get(row) && (before == null || !before.containsKey(row)));
        if (rows.isEmpty() && before == null) {
            return null;
        }
        return rows;
    }

    private TextField field(String labelKey, String name, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.addClassName("entry-" + name.replace('.', '-'));
        field.setMaxLength(maxLength);
        return field;
    }

    private static String text(TextField field) {
        String value = field.getValue().strip();
        return value.isEmpty() ? null : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
