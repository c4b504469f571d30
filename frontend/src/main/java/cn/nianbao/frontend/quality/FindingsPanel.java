package cn.nianbao.frontend.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Page;
import cn.nianbao.frontend.backend.quality.Finding;
import cn.nianbao.frontend.backend.quality.FindingFilter;
import cn.nianbao.frontend.backend.quality.QualityClient;
import cn.nianbao.frontend.ui.Formats;
import cn.nianbao.frontend.ui.Notices;
import cn.nianbao.frontend.ui.SourcePlaces;
import cn.nianbao.frontend.ui.TableLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;

/**
 * The findings of the region, a page at a time as the grid scrolls ({@code offset}/{@code limit} of the API, the total
 * from its header), with filters kept in the address (years, rule, severity, status, body). The message opens the
 * report with the finding's cells outlined ({@code report/BODY/YEAR?finding=ID}); a supervisor or administrator
 * confirms or dismisses it in place, with a comment (required to dismiss), and sees who decided and when.
 */
class FindingsPanel extends Div {

    /** Up to this many findings the grid shows them all; more are read a page at a time as it scrolls. */
    static final int ALL_VISIBLE = 25;
    /** Names of the filters in the address. */
    static final List<String> FILTERS = List.of("agency", "from", "to", "code", "severity", "status");

    private final QualityClient quality;
    private final FindingFilter filter;
    private final Map<String, String> ruleNames;
    private final boolean canReview;
    private final Grid<Finding> grid = new Grid<>();
    private final Span total = new Span();
    private final DataProvider<Finding, Void> findings;

    /**
     * @param reopen opens the page with the filters changed (a null value drops a filter)
     */
    FindingsPanel(QualityClient quality, FindingFilter filter, List<Integer> years, Map<String, String> ruleNames,
                  String agencyName, boolean canReview, Consumer<Map<String, String>> reopen) {
        this.quality = quality;
        this.filter = filter;
        this.ruleNames = ruleNames;
        this.canReview = canReview;
        addClassName("findings-panel");
        add(filters(years, agencyName, reopen));
        if (!canReview) {
            Paragraph viewer = new Paragraph(getTranslation("quality.findings.viewer"));
            viewer.addClassName("findings-viewer-note");
            add(viewer);
        }
        total.addClassName("findings-total");
        findings = new CallbackDataProvider<>(
                query -> quality.findings(filter, query.getOffset(), query.getLimit()).items().stream(),
                query -> {
                    Page<Finding> first = quality.findings(filter, 0, 1);
                    total.setText(getTranslation("quality.findings.total", String.valueOf(first.total())));
                    return (int) Math.min(Integer.MAX_VALUE, first.total());
                }, Finding::id);
        columns();
        grid.setItems(findings);
        grid.setPageSize(50);
        // a short list takes the room it needs; a long one scrolls in a grid of fixed height, page by page
        if (quality.findings(filter, 0, 1).total() <= ALL_VISIBLE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("36rem");
        }
        grid.setEmptyStateText(getTranslation("quality.findings.empty"));
        add(total, grid);
    }

    Grid<Finding> grid() {
        return grid;
    }

    private HorizontalLayout filters(List<Integer> years, String agencyName, Consumer<Map<String, String>> reopen) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("findings-filters");
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        List<String> yearItems = years.stream().sorted((a, b) -> b - a).map(String::valueOf).toList();
        bar.add(select("from", "quality.findings.filter.from", yearItems,
                filter.from() == null ? null : String.valueOf(filter.from()), year -> year, reopen));
        bar.add(select("to", "quality.findings.filter.to", yearItems,
                filter.to() == null ? null : String.valueOf(filter.to()), year -> year, reopen));
        Select<String> code = select("code", "quality.findings.filter.code", new ArrayList<>(ruleNames.keySet()),
                filter.code(), rule -> ruleNames.get(rule) + "（" + rule + "）", reopen);
        code.setWidth("20rem");
        bar.add(code);
        bar.add(select("severity", "quality.findings.filter.severity", List.of("error", "warning", "info"),
                filter.severity(), severity -> getTranslation("quality.severity." + severity), reopen));
        bar.add(select("status", "quality.findings.filter.status",
                List.of(Finding.OPEN, Finding.CONFIRMED, Finding.DISMISSED), filter.status(),
                status -> QualityLabels.status(this, status), reopen));
        if (filter.agency() != null) {
            Select<String> agency = new Select<>();
            agency.setLabel(getTranslation("quality.findings.filter.agency"));
            agency.addClassName("filter-agency");
            agency.setItems(filter.agency());
            agency.setItemLabelGenerator(body -> agencyName == null ? body : agencyName);
            agency.setValue(filter.agency());
            agency.setReadOnly(true);
            agency.setWidth("20rem");
            bar.add(agency);
        }
        Button clear = new Button(getTranslation("quality.findings.filter.clear"), event -> {
            Map<String, String> none = new HashMap<>();
            FILTERS.forEach(name -> none.put(name, null));
            reopen.accept(none);
        });
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClassName("filter-clear");
        bar.add(clear);
        return bar;
    }

    private Select<String> select(String name, String labelKey, List<String> items, String value,
                                  com.vaadin.flow.component.ItemLabelGenerator<String> label,
                                  Consumer<Map<String, String>> reopen) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.addClassName("filter-" + name);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("quality.findings.filter.all"));
        select.setItems(items);
        select.setItemLabelGenerator(item -> item == null ? getTranslation("quality.findings.filter.all")
                : label.apply(item));
        if (value != null && items.contains(value)) {
            select.setValue(value);
        }
        select.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                Map<String, String> change = new HashMap<>();
                change.put(name, event.getValue());
                reopen.accept(change);
            }
        });
        return select;
    }

    private void columns() {
        TableLayout<Finding> table = TableLayout.of(grid, "findings-grid");
        table.component("rule", getTranslation("quality.findings.column.rule"), this::rule, 10, 0);
        table.component("severity", getTranslation("quality.findings.column.severity"),
                finding -> QualityLabels.severity(this, finding.severity()), 5, 0);
        table.text("agency", getTranslation("quality.findings.column.agency"), Finding::agencyName, 10, 0);
        table.component("year", getTranslation("quality.findings.column.year"), this::year, 5, 0);
        table.component("message", getTranslation("quality.findings.column.message"), this::message, 16, 1);
        table.component("status", getTranslation("quality.findings.column.status"), this::status, 11, 0);
        if (canReview) {
            table.component("actions", getTranslation("quality.findings.column.actions"), this::actions, 9, 0);
        }
    }

    private Div rule(Finding finding) {
        Span name = new Span(ruleNames.getOrDefault(finding.code(), finding.code()));
        name.addClassName("rule-name");
        Span code = new Span(finding.code());
        code.addClassName("rule-code");
        Div rule = new Div(name, code);
        rule.addClassName("finding-rule");
        return rule;
    }

    private Div year(Finding finding) {
        Span year = new Span(String.valueOf(finding.year()));
        Span version = new Span(finding.versionNo() == null ? getTranslation("quality.findings.no_report")
                : getTranslation("quality.findings.version", String.valueOf(finding.versionNo())));
        version.addClassName("finding-version");
        Div cell = new Div(year, version);
        cell.addClassName("finding-year");
        return cell;
    }

    private com.vaadin.flow.component.Component message(Finding finding) {
        if (!finding.hasReport()) {
            Span text = new Span(finding.message());
            text.addClassName("finding-message");
            return text;
        }
        Anchor link = new Anchor("report/" + finding.agencyCode() + "/" + finding.year() + "?finding=" + finding.id(),
                finding.message());
        link.addClassNames("finding-message", "finding-link");
        link.getElement().setAttribute("title", getTranslation("quality.findings.open_report"));
        // where the cells were read, under the message: the link opens the report with them outlined
        SourcePlaces.of(this, finding.source()).ifPresent(link::add);
        return link;
    }

    private Div status(Finding finding) {
        Span status = new Span(QualityLabels.status(this, finding.status()));
        status.addClassNames("review-status", "review-" + finding.status());
        Div cell = new Div(status);
        cell.addClassName("finding-status");
        if (finding.reviewedBy() != null) {
            Span who = new Span(getTranslation("quality.findings.reviewed", finding.reviewedBy(),
                    Formats.beijingMinutes(finding.reviewedAt())));
            who.addClassName("finding-reviewer");
            cell.add(who);
        }
        if (finding.comment() != null && !finding.comment().isBlank()) {
            Span comment = new Span(getTranslation("quality.findings.comment", finding.comment()));
            comment.addClassName("finding-comment");
            cell.add(comment);
        }
        return cell;
    }

    private HorizontalLayout actions(Finding finding) {
        Button confirm = new Button(getTranslation("quality.review.confirm"),
                event -> review(finding, Finding.CONFIRMED));
        confirm.addThemeVariants(ButtonVariant.SMALL);
        confirm.addClassName("review-confirm");
        confirm.setEnabled(!Finding.CONFIRMED.equals(finding.status()));
        Button dismiss = new Button(getTranslation("quality.review.dismiss"),
                event -> review(finding, Finding.DISMISSED));
        dismiss.addThemeVariants(ButtonVariant.SMALL);
        dismiss.addClassName("review-dismiss");
        dismiss.setEnabled(!Finding.DISMISSED.equals(finding.status()));
        HorizontalLayout actions = new HorizontalLayout(confirm, dismiss);
        actions.setSpacing(false);
        actions.addClassName("finding-actions");
        return actions;
    }

    private void review(Finding finding, String decision) {
        new ReviewDialog(finding, decision, ruleNames.getOrDefault(finding.code(), finding.code()),
                comment -> {
                    try {
                        quality.review(finding.id(), decision, comment);
                        Notices.saved(getTranslation("quality.review.saved." + decision));
                        findings.refreshAll();
                        return null;
                    } catch (BackendException e) {
                        return e;
                    }
                }).open();
    }
}
