package cn.nianbao.frontend.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.backend.reports.AnnualReportData;
import cn.nianbao.frontend.backend.reports.ReportClient;
import cn.nianbao.frontend.backend.reports.ReportDetail;
import cn.nianbao.frontend.backend.reports.StoredVersion;
import cn.nianbao.frontend.template.CellMarks;
import cn.nianbao.frontend.template.CellPlace;
import cn.nianbao.frontend.template.FindingList;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.FieldErrors;
import cn.nianbao.frontend.ui.Notices;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * 更正 and 手工录入: a report typed in by hand, as a new version of origin {@code MANUAL} with its author and reason.
 * With body and year in the address ({@code report-entry/<body>/<year>}) the form holds the active version to be
 * corrected, or is blank when the body has no report of that year (a report that exists only on paper); without
 * them the user picks a body in their scope and a year first. The backend lets the body's own clerk and
 * administrators store reports; saving opens the report page on the new version and shows the findings on it.
 */
@Route("report-entry/:agency?/:year?")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
public class ReportEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyClient agencies;
    private final ReportClient reports;
    private final ViewHeader header = new ViewHeader("");
    private final ComboBox<Agency> agencyPicker = new ComboBox<>();
    private final Select<Integer> yearPicker = new Select<>();
    private final Div content = new Div();
    private String pageTitle;

    public ReportEntryView(AgencyClient agencies, ReportClient reports) {
        this.agencies = agencies;
        this.reports = reports;
        addClassName("report-entry-view");
        pageTitle = getTranslation("entry.blank");
        header.setTitle(pageTitle);
        agencyPicker.setLabel(getTranslation("reports.agency"));
        agencyPicker.addClassName("entry-agency-picker");
        agencyPicker.setWidth("26rem");
        agencyPicker.setItemLabelGenerator(agency -> "　".repeat(Math.max(0, agency.depth())) + agency.name());
        yearPicker.setLabel(getTranslation("reports.year"));
        yearPicker.addClassName("entry-year-picker");
        agencyPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                yearPicker.setItems(ReportView.years(event.getValue()));
            }
        });
        yearPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && agencyPicker.getValue() != null && event.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ReportEntryView.class, new RouteParameters(Map.of(
                        "agency", agencyPicker.getValue().code(), "year", String.valueOf(event.getValue())))));
            }
        });
        content.addClassName("view-content");
        content.setWidthFull();
        add(header, new HorizontalLayout(agencyPicker, yearPicker), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        try {
            List<Agency> bodies = agencies.visible();
            agencyPicker.setItems(bodies);
            Optional<Agency> agency = event.getRouteParameters().get("agency")
                    .flatMap(code -> bodies.stream().filter(a -> a.code().equals(code)).findFirst());
            Optional<Integer> year = event.getRouteParameters().getInteger("year");
            if (agency.isEmpty() && bodies.size() == 1) {
                agency = Optional.of(bodies.getFirst());
            }
            agency.ifPresent(a -> {
                agencyPicker.setValue(a);
                yearPicker.setItems(ReportView.years(a));
            });
            if (agency.isEmpty() || year.isEmpty()) {
                content.add(new Paragraph(getTranslation(event.getRouteParameters().get("agency").isPresent()
                        ? "reports.unknown_agency" : "entry.choose",
                        event.getRouteParameters().get("agency").orElse(""))));
                return;
            }
            yearPicker.setValue(year.get());
            open(agency.get(), year.get());
        } catch (BackendException e) {
            content.add(new BackendErrorMessage(e));
        } catch (NumberFormatException e) {
            content.add(new Paragraph(getTranslation("entry.choose")));
        }
    }

    private void open(Agency agency, int year) {
        AnnualReportData report;
        Integer correcting;
        try {
            ReportDetail detail = reports.report(agency.code(), year);
            report = detail.report();
            correcting = detail.version() == null ? null : detail.version().versionNo();
        } catch (BackendException e) {
            if (!e.isStatus(404)) {
                throw e;
            }
            // no report yet: typed in from paper
            report = null;
            correcting = null;
        }
        if (report == null) {
            report = new AnnualReportData("2021", agency.name(), year, null, null, null, null, null, null, List.of(),
                    null, null);
        }
        pageTitle = correcting == null
                ? getTranslation("entry.title.blank", agency.name(), String.valueOf(year))
                : getTranslation("entry.title.correct", agency.name(), String.valueOf(year),
                String.valueOf(correcting));
        header.setTitle(pageTitle);
        ReportForm form = new ReportForm(report, CellMarks.NONE);
        Button save = new Button(getTranslation("entry.save"), click -> save(agency, year, form));
        save.addClassName("entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> getUI().ifPresent(ui -> ui.navigate(
                ReportView.class, reportAddress(agency.code(), year))));
        cancel.addClassName("entry-cancel");
        HorizontalLayout actions = new HorizontalLayout(save, cancel);
        actions.addClassName("entry-actions");
        Paragraph intro = new Paragraph(getTranslation("entry.intro"));
        intro.addClassName("view-intro");
        content.add(intro, form, actions);
    }

    private void save(Agency agency, int year, ReportForm form) {
        List<String> invalid = form.invalidCells();
        if (!invalid.isEmpty()) {
            Notices.refused(getTranslation("entry.invalid", String.valueOf(invalid.size()),
                    CellPlace.of(this, invalid.getFirst())));
            form.cellAt(invalid.getFirst()).focus();
            return;
        }
        String reason = form.reason.getValue().strip();
        if (reason.isEmpty()) {
            FieldErrors.mark(form.reason, getTranslation("entry.reason.required"));
            form.reason.focus();
            return;
        }
        try {
            StoredVersion stored = reports.store(agency.code(), year, form.report(year), reason);
            UI ui = UI.getCurrent();
            ui.navigate(ReportView.class, reportAddress(agency.code(), year));
            savedDialog(stored).open();
        } catch (BackendException e) {
            if (!e.isStatus(400) || !FieldErrors.place(e, form.fields())) {
                Notices.failed(e);
            } else {
                Notices.refused(e.detail() != null ? e.detail() : getTranslation("entry.refused"));
            }
        }
    }

    /** What the backend said to the new version: its number and the findings on it. */
    private Dialog savedDialog(StoredVersion stored) {
        Dialog dialog = new Dialog();
        dialog.addClassName("entry-saved");
        dialog.setHeaderTitle(getTranslation(stored.created() ? "entry.saved" : "entry.unchanged",
                String.valueOf(stored.versionNo())));
        dialog.add(new Paragraph(getTranslation("entry.saved.findings")), new FindingList(stored.findings()));
        Button close = new Button(getTranslation("action.close"), click -> dialog.close());
        close.addClassName("entry-saved-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        return dialog;
    }

    static RouteParameters reportAddress(String agencyCode, int year) {
        return new RouteParameters(Map.of("agency", agencyCode, "year", String.valueOf(year)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", pageTitle);
    }
}
