package cn.nianbao.frontend.quality;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.backend.analytics.AnalyticsClient;
import cn.nianbao.frontend.backend.charts.ChartClient;
import cn.nianbao.frontend.backend.charts.ChartQuery;
import cn.nianbao.frontend.backend.quality.Completeness;
import cn.nianbao.frontend.backend.quality.CompletenessState;
import cn.nianbao.frontend.backend.quality.FindingFilter;
import cn.nianbao.frontend.backend.quality.QualityClient;
import cn.nianbao.frontend.backend.quality.QualityRule;
import cn.nianbao.frontend.backend.quality.QualityRun;
import cn.nianbao.frontend.chart.ChartFigure;
import cn.nianbao.frontend.export.ExportLinks;
import cn.nianbao.frontend.security.CurrentUser;
import cn.nianbao.frontend.ui.Formats;
import cn.nianbao.frontend.ui.Notices;
import cn.nianbao.frontend.ui.RegionView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

/**
 * 数据质量: the quality checks of a region, in three tabs kept in the address ({@code ?tab=matrix|findings|rules}):
 * the completeness matrix (bodies × years, the backend's state of each, the year's rates above it) with the chart of
 * open findings after each run; the findings list, filtered and reviewed in place; and the supervisors' threshold
 * rules. The toolbar runs every rule over the region now and follows the run, and downloads the tab's table.
 * Administrators and supervisors review and change rules; viewers read.
 */
@Route("quality")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.VIEWER})
@Menu(order = 3, title = "nav.quality", icon = "vaadin:check-square-o")
public class DataQualityView extends RegionView {

    static final String MATRIX = "matrix";
    static final String FINDINGS = "findings";
    static final String RULES = "rules";
    /** How often the page asks how a run it started is going, in milliseconds. */
    static final int POLL_MILLIS = 1000;
    private static final List<String> TABS = List.of(MATRIX, FINDINGS, RULES);
    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");
    private static final Set<String> STATUSES = Set.of("open", "confirmed", "dismissed");

    private final QualityClient quality;
    private final ChartClient charts;
    /** The download links of the tab's table, at the right end of the toolbar. */
    private final HorizontalLayout exports = new HorizontalLayout();
    private final Span runStatus = new Span();
    private Registration polling;

    public DataQualityView(AgencyClient agencies, AnalyticsClient analytics, QualityClient quality,
                           ChartClient charts) {
        super("quality-view", "quality.title", null, agencies, analytics);
        this.quality = quality;
        this.charts = charts;
        header.setSubtitle(getTranslation("quality.subtitle"));
        exports.addClassName("quality-exports");
        exports.setSpacing(false);
        runStatus.addClassName("run-status");
    }

    /** Administrators and supervisors review findings, change rules and start runs (the backend checks it too). */
    static boolean canDecide() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.SUPERVISOR);
    }

    @Override
    protected void show(Choice choice) {
        String tab = parameter("tab").filter(TABS::contains).orElse(MATRIX);
        exports.removeAll();
        switch (tab) {
            case MATRIX -> exports.add(ExportLinks.completeness(choice.region().code(), null, choice.year()));
            case FINDINGS -> exports.add(ExportLinks.findings(choice.region().code(), null, null));
            default -> {
            }
        }
        addContent(tabs(tab), toolbar(choice.region()));
        switch (tab) {
            case FINDINGS -> findings(choice);
            case RULES -> addContent(new RulesPanel(quality, choice.region().code(), analytics.metrics(),
                    canDecide()));
            default -> matrix(choice);
        }
    }

    private Tabs tabs(String selected) {
        Tabs tabs = new Tabs();
        tabs.addClassName("quality-tabs");
        Map<Tab, String> ids = new LinkedHashMap<>();
        for (String id : TABS) {
            Tab tab = new Tab(getTranslation("quality.tab." + id));
            tab.addClassName("quality-tab-" + id);
            ids.put(tab, id);
            tabs.add(tab);
            if (id.equals(selected)) {
                tabs.setSelectedTab(tab);
            }
        }
        tabs.addSelectedChangeListener(event -> {
            if (event.isFromClient()) {
                reopen("tab", ids.get(event.getSelectedTab()));
            }
        });
        return tabs;
    }

    private HorizontalLayout toolbar(Agency region) {
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.addClassName("quality-toolbar");
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (canDecide()) {
            Button run = new Button(getTranslation("quality.run"), event -> startRun(region));
            run.addClassName("quality-run");
            run.addThemeVariants(ButtonVariant.PRIMARY);
            run.getElement().setAttribute("title", getTranslation("quality.run.tooltip", region.name()));
            toolbar.add(run);
        }
        runStatus.setText(quality.runs(region.code(), 1).stream().findFirst().map(this::lastRun).orElse(""));
        toolbar.add(runStatus, exports);
        toolbar.expand(runStatus);
        return toolbar;
    }

    private String lastRun(QualityRun run) {
        return getTranslation("quality.run.last", Formats.beijingMinutes(run.finishedAt() != null ? run.finishedAt()
                        : run.startedAt()), getTranslation("quality.run.status." + run.status()),
                String.valueOf(run.findings() == null ? 0 : run.findings()));
    }

    private void matrix(Choice choice) {
        Completeness matrix = quality.completeness(choice.region().code(), null, choice.year(), choice.kind());
        if (matrix.bodies().isEmpty()) {
            empty(getTranslation("quality.empty"));
        } else {
            addContent(new CompletenessMatrix(matrix, (body, cell) -> {
                if (cell.state() == CompletenessState.CLEAN) {
                    openBody(body.agencyCode(), false, cell.year());
                } else {
                    Map<String, String> findings = new HashMap<>();
                    FindingsPanel.FILTERS.forEach(name -> findings.put(name, null));
                    findings.put("tab", FINDINGS);
                    findings.put("agency", body.agencyCode());
                    findings.put("from", String.valueOf(cell.year()));
                    findings.put("to", String.valueOf(cell.year()));
                    reopen(findings);
                }
            }));
        }
        addContent(new ChartFigure(charts, new ChartQuery("quality-history", choice.region().code(), null, null, null,
                null, null)));
    }

    private void findings(Choice choice) {
        String agency = parameter("agency").orElse(null);
        Integer from = yearParameter("from").orElse(null);
        Integer to = yearParameter("to").orElse(null);
        FindingFilter filter = new FindingFilter(choice.region().code(), agency, from, to,
                parameter("code").orElse(null), parameter("severity").filter(SEVERITIES::contains).orElse(null),
                parameter("status").filter(STATUSES::contains).orElse(null));
        Map<String, String> ruleNames = new LinkedHashMap<>();
        for (QualityRule rule : quality.catalogue()) {
            ruleNames.put(rule.code(), rule.name());
        }
        if (filter.code() != null && !ruleNames.containsKey(filter.code())) {
            filter = new FindingFilter(filter.region(), agency, from, to, null, filter.severity(), filter.status());
        }
        String agencyName = agency == null ? null : agencies.find(agency).map(Agency::name).orElse(agency);
        addContent(new FindingsPanel(quality, filter, choice.overview().years(), ruleNames, agencyName, canDecide(),
                this::reopen));
    }

    private void startRun(Agency region) {
        try {
            QualityRun run = quality.startRun(region.code());
            follow(run);
        } catch (BackendException e) {
            Notices.failed(e);
        }
    }

    /** Says how the run is going, asking the backend every second until it ends; then the page is read again. */
    private void follow(QualityRun run) {
        runStatus.setText(getTranslation("quality.run.running", run.regionName(), String.valueOf(run.id()),
                Formats.beijingMinutes(run.startedAt())));
        stopPolling();
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(event -> {
            try {
                QualityRun now = quality.run(run.id());
                if (now.running()) {
                    return;
                }
                stopPolling();
                if (now.failed()) {
                    runStatus.setText(getTranslation("quality.run.failed", now.regionName(),
                            now.error() == null ? "" : now.error()));
                    return;
                }
                Notices.saved(getTranslation("quality.run.finished", now.regionName(),
                        String.valueOf(now.reports()), String.valueOf(now.findings())));
                reopen(Map.of());
            } catch (BackendException e) {
                stopPolling();
                Notices.failed(e);
            }
        });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        stopPolling();
        super.onDetach(event);
    }
}
