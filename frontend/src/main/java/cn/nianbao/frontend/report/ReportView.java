package cn.nianbao.frontend.report;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.backend.analytics.AnalyticsClient;
import cn.nianbao.frontend.backend.analytics.YearOnYear;
import cn.nianbao.frontend.backend.quality.Finding;
import cn.nianbao.frontend.backend.quality.FindingFilter;
import cn.nianbao.frontend.backend.quality.QualityClient;
import cn.nianbao.frontend.backend.quality.QualityRule;
import cn.nianbao.frontend.backend.reports.ReportClient;
import cn.nianbao.frontend.backend.reports.ReportDetail;
import cn.nianbao.frontend.security.CurrentUser;
import cn.nianbao.frontend.template.CellMarks;
import cn.nianbao.frontend.template.FindingList;
import cn.nianbao.frontend.template.FindingMarks;
import cn.nianbao.frontend.template.ReportTables;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.RegionTrail;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * 年报: one body's report of one year, with where the body stands in the tree, a toolbar (与上年对比, the original
 * document), its metadata, narrative sections, the three tables in the national template's layout and the version
 * history. 与上年对比 puts last year's number and the change on every cell, as the backend compared them. The address
 * names body and year ({@code report/demo-city.t01/2023}) so a report can be linked.
 * <p>
 * Built to be extended: {@link ReportToolbar} takes further actions (import, correction), the tables take notes on
 * their cells by contract path ({@link cn.nianbao.frontend.template.CellMarks}), and the version panel stands apart.
 */
@Route("report/:agency?/:year?")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.CLERK, Role.Names.VIEWER})
@Menu(order = 4, title = "nav.reports", icon = "vaadin:file-text-o")
public class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** 政府信息公开条例 took effect in 2008: no annual report is older. */
    private static final int FIRST_YEAR = 2008;

    /** The picker offers the top of the user's part of the tree; a deeper body is opened from its address. */
    static final int PICKER_DEPTH = 3;

    private final AgencyClient agencies;
    private final ReportClient reports;
    private final AnalyticsClient analytics;
    private final QualityClient quality;
    private final ViewHeader header;
    private final ComboBox<Agency> agencyPicker = new ComboBox<>();
    private final Select<Integer> yearPicker = new Select<>();
    private final Div content = new Div();
    private String pageTitle;
    /** The finding to show on the report ({@code ?finding=ID}), if the address names one. */
    private Optional<String> findingId = Optional.empty();

    public ReportView(AgencyClient agencies, ReportClient reports, AnalyticsClient analytics,
                      QualityClient quality) {
        this.agencies = agencies;
        this.reports = reports;
        this.analytics = analytics;
        this.quality = quality;
        addClassName("report-view");
        header = new ViewHeader(getTranslation("reports.title"));
        pageTitle = getTranslation("reports.title");
        agencyPicker.setLabel(getTranslation("reports.agency"));
        agencyPicker.addClassName("agency-picker");
        agencyPicker.setWidth("26rem");
        agencyPicker.setItemLabelGenerator(agency -> "　".repeat(Math.max(0, agency.depth())) + agency.name());
        yearPicker.setLabel(getTranslation("reports.year"));
        yearPicker.addClassName("year-picker");
        agencyPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                yearPicker.setItems(years(event.getValue()));
                open(event.getValue(), yearPicker.getValue());
            }
        });
        yearPicker.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                open(agencyPicker.getValue(), event.getValue());
            }
        });
        content.addClassName("view-content");
        add(header, new HorizontalLayout(agencyPicker, yearPicker), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters parameters = event.getRouteParameters();
        findingId = event.getLocation().getQueryParameters().getSingleParameter("finding")
                .filter(id -> id.matches("\\d{1,18}"));
        content.removeAll();
        header.setDemo(false);
        try {
            List<Agency> bodies = new ArrayList<>(agencies.subtree(null, PICKER_DEPTH));
            Optional<String> named = parameters.get("agency");
            if (named.isPresent() && bodies.stream().noneMatch(a -> a.code().equals(named.get()))) {
                // a body deeper than the picker reads: looked up by itself
                agencies.find(named.get()).ifPresent(bodies::add);
            }
            agencyPicker.setItems(bodies);
            if (named.isEmpty() && bodies.size() == 1) {
                // one body in sight (a clerk's own): open its latest report straight away
                Agency only = bodies.getFirst();
                Optional<Integer> latest = latestReportYear(only);
                if (latest.isPresent()) {
                    event.forwardTo(ReportView.class, new RouteParameters(Map.of("agency", only.code(),
                            "year", String.valueOf(latest.get()))));
                    return;
                }
                agencyPicker.setValue(only);
                yearPicker.setItems(years(only));
            }
            Optional<Agency> agency = named
                    .flatMap(code -> bodies.stream().filter(a -> a.code().equals(code)).findFirst());
            Optional<Integer> year = parameters.getInteger("year");
            agency.ifPresent(a -> {
                agencyPicker.setValue(a);
                List<Integer> years = new ArrayList<>(years(a));
                // a linked year outside the expected ones is still shown: the report may exist all the same
                year.filter(y -> !years.contains(y)).ifPresent(y -> years.add(0, y));
                yearPicker.setItems(years);
            });
            year.filter(y -> agency.isPresent()).ifPresent(yearPicker::setValue);
            if (parameters.get("agency").isPresent() && agency.isEmpty()) {
                content.add(new Paragraph(getTranslation("reports.unknown_agency", parameters.get("agency").get())));
            } else if (agency.isEmpty() || year.isEmpty()) {
                content.add(new Paragraph(getTranslation("reports.choose")));
            } else {
                showOrOfferEntry(agency.get(), year.get());
            }
        } catch (BackendException e) {
            content.add(new BackendErrorMessage(e));
        } catch (NumberFormatException e) {
            content.add(new Paragraph(getTranslation("reports.choose")));
        }
    }

    /** The report, or when there is none, that it is missing and (for those who may) 手工录入 from paper. */
    private void showOrOfferEntry(Agency agency, int year) {
        try {
            show(agency, reports.report(agency.code(), year));
        } catch (BackendException e) {
            if (!e.isStatus(404) || !(CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.CLERK))) {
                throw e;
            }
            Button entry = new Button(getTranslation("entry.blank"), click -> getUI().ifPresent(ui -> ui.navigate(
                    ReportEntryView.class, ReportEntryView.reportAddress(agency.code(), year))));
            entry.addClassName("manual-entry");
            content.add(new BackendErrorMessage(e), entry);
        }
    }

    private void show(Agency agency, ReportDetail detail) {
        String title = getTranslation("reports.heading", detail.agencyName(), String.valueOf(detail.year()));
        header.setTitle(title);
        header.setDemo(detail.demo());
        pageTitle = title;
        content.add(new RegionTrail(agencies, agency,
                (code, hasBodies) -> open(code, detail.year()),
                code -> getUI().ifPresent(ui -> ui.navigate("", QueryParameters.simple(
                        Map.of("region", code, "year", String.valueOf(detail.year())))))));
        if (detail.report() == null) {
            content.add(new Paragraph(getTranslation("reports.no_content")));
            return;
        }
        Div tables = new Div();
        tables.addClassName("tables-holder");
        Component findingBanner = null;
        CellMarks findingMarks = CellMarks.NONE;
        if (findingId.isPresent()) {
            Optional<Finding> finding = FindingBanner.find(quality, detail.agencyCode(), detail.year(),
                    Long.parseLong(findingId.get()));
            if (finding.isPresent()) {
                String ruleName = quality.catalogue().stream().filter(rule -> rule.code().equals(finding.get().code()))
                        .map(QualityRule::name).findFirst().orElse(finding.get().code());
                boolean inTables = finding.get().cells().stream().anyMatch(path -> path.startsWith("requests.")
                        || path.startsWith("reviews.") || path.startsWith("proactive."));
                findingBanner = FindingBanner.banner(this, finding.get(), ruleName, inTables);
                findingMarks = FindingBanner.of(this, finding.get());
            } else {
                findingBanner = FindingBanner.unknown(this, findingId.get());
            }
        }
        Details openFindings = null;
        if (findingId.isEmpty()) {
            List<cn.nianbao.frontend.backend.reports.Finding> onVersion = openFindings(detail);
            findingMarks = FindingMarks.of(this, onVersion);
            if (!onVersion.isEmpty()) {
                openFindings = new Details(getTranslation("report.findings", onVersion.size()),
                        new FindingList(onVersion));
                openFindings.addClassName("report-findings");
            }
        }
        CellMarks marks = findingMarks;
        tables.add(new ReportTables(detail.report(), marks));
        ReportToolbar toolbar = new ReportToolbar(detail, reports, compare -> {
            tables.removeAll();
            tables.add(compare ? compared(detail, marks) : new ReportTables(detail.report(), marks));
        });
        if (CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.CLERK)) {
            // the backend lets the body's clerk and administrators store a corrected version
            Button correct = new Button(getTranslation("entry.correct"), click -> getUI().ifPresent(ui -> ui.navigate(
                    ReportEntryView.class, ReportEntryView.reportAddress(detail.agencyCode(), detail.year()))));
            correct.addClassName("report-correct");
            toolbar.addAction(correct);
        }
        content.add(toolbar);
        if (findingBanner != null) {
            content.add(findingBanner);
        }
        if (openFindings != null) {
            content.add(openFindings);
        }
        content.add(new ReportMetadata(detail), new ReportSections(detail.report().sections()), tables,
                new VersionHistory(detail, reports, () -> {
                    // another version is active now: the page shows it
                    content.removeAll();
                    showOrOfferEntry(agency, detail.year());
                }));
    }

    /**
     * The quality findings of the version shown that nobody has dismissed, for their marks on the cells and the list
     * above the tables; none when the caller may not read findings.
     */
    private List<cn.nianbao.frontend.backend.reports.Finding> openFindings(ReportDetail detail) {
        try {
            return quality.findings(new FindingFilter(detail.agencyCode(), detail.agencyCode(), detail.year(),
                            detail.year(), null, null, null), 0, QualityClient.MAX_PAGE).items().stream()
                    .filter(finding -> !"dismissed".equals(finding.status()))
                    .filter(finding -> finding.versionNo() == null || detail.version() == null
                            || finding.versionNo() == detail.version().versionNo())
                    .map(finding -> new cn.nianbao.frontend.backend.reports.Finding(finding.code(),
                            finding.severity(), finding.message(), finding.cells(), finding.source()))
                    .toList();
        } catch (BackendException e) {
            return List.of();
        }
    }

    /** The tables with last year beside every cell, or why there is nothing to compare with. */
    private Component compared(ReportDetail detail, CellMarks findingMarks) {
        YearOnYear comparison = analytics.yearOnYear(detail.agencyCode(), detail.year());
        Div compared = new Div();
        if (!comparison.previousReported()) {
            Paragraph none = new Paragraph(getTranslation("compare.none", String.valueOf(comparison.previousYear())));
            none.addClassName("compare-none");
            compared.add(none, new ReportTables(detail.report(), findingMarks));
            return compared;
        }
        Paragraph legend = new Paragraph(getTranslation("compare.legend", String.valueOf(comparison.previousYear())));
        legend.addClassName("compare-legend");
        compared.add(legend, new ReportTables(detail.report(),
                findingMarks.and(YearOnYearMarks.of(this, comparison))));
        return compared;
    }

    private void open(String agencyCode, int year) {
        getUI().ifPresent(ui -> ui.navigate(ReportView.class,
                new RouteParameters(Map.of("agency", agencyCode, "year", String.valueOf(year)))));
    }

    /** The newest year the body has a report for, if any. */
    private Optional<Integer> latestReportYear(Agency agency) {
        return reports.summaries(agency.code(), null).stream()
                .filter(summary -> agency.code().equals(summary.agencyCode()))
                .map(summary -> summary.year()).max(Integer::compare);
    }

    private void open(Agency agency, Integer year) {
        if (agency == null || year == null) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(ReportView.class,
                new RouteParameters(Map.of("agency", agency.code(), "year", String.valueOf(year)))));
    }

    /** The years the body is expected to report, newest first; a report covers a finished year. */
    static List<Integer> years(Agency agency) {
        int lastFinished = Year.now().getValue() - 1;
        if (agency.reportingPeriods().isEmpty()) {
            return IntStream.rangeClosed(FIRST_YEAR, lastFinished).boxed().sorted((a, b) -> b - a).toList();
        }
        return agency.reportingPeriods().stream()
                .flatMap(p -> IntStream.rangeClosed(p.firstYear(), p.lastYear() == null ? lastFinished : p.lastYear())
                        .boxed())
                .distinct().sorted((a, b) -> b - a).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", pageTitle);
    }
}
