package cn.nianbao.frontend.quality;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.analytics.Metric;
import cn.nianbao.frontend.backend.quality.QualityClient;
import cn.nianbao.frontend.backend.quality.ThresholdRule;
import cn.nianbao.frontend.ui.Formats;
import cn.nianbao.frontend.ui.Notices;
import cn.nianbao.frontend.ui.TableLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The supervisors' threshold rules of the region (and the regions under it): what each watches, at what threshold and
 * sample, with what severity; an administrator or the region's supervisor adds, edits and deletes them here. The
 * backend runs a rule over its region as soon as it is saved and answers how many findings it has.
 */
class RulesPanel extends Div {

    private final QualityClient quality;
    private final String region;
    private final List<Metric> metrics;
    private final Map<String, Metric> metricsById;
    private final boolean canChange;
    private final Grid<ThresholdRule> grid = new Grid<>();

    RulesPanel(QualityClient quality, String region, List<Metric> metrics, boolean canChange) {
        this.quality = quality;
        this.region = region;
        this.metrics = metrics;
        this.metricsById = metrics.stream().collect(Collectors.toMap(Metric::id, Function.identity(), (a, b) -> a));
        this.canChange = canChange;
        addClassName("rules-panel");
        Paragraph intro = new Paragraph(getTranslation("quality.rules.intro"));
        intro.addClassName("rules-intro");
        add(intro);
        if (canChange) {
            Button add = new Button(getTranslation("quality.rules.add"), event -> edit(null));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.addClassName("rule-add");
            add(add);
        }
        columns();
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("quality.rules.empty"));
        grid.setItems(quality.rules(region));
        add(grid);
    }

    Grid<ThresholdRule> grid() {
        return grid;
    }

    private void columns() {
        TableLayout<ThresholdRule> table = TableLayout.of(grid, "rules-grid");
        table.textLabel("name", getTranslation("quality.rules.column.name"), ThresholdRule::name, 10);
        table.text("region", getTranslation("quality.rules.column.region"), ThresholdRule::regionName, 9, 0);
        table.text("condition", getTranslation("quality.rules.column.condition"), this::condition, 16, 1);
        table.text("min-sample", getTranslation("quality.rules.column.min_sample"),
                rule -> rule.minSample() == null ? "" : String.valueOf(rule.minSample()), 5, 0);
        table.component("severity", getTranslation("quality.rules.column.severity"),
                rule -> QualityLabels.severity(this, rule.severity()), 5, 0);
        table.text("changed", getTranslation("quality.rules.column.changed"), rule -> getTranslation(
                "quality.rules.changed", rule.updatedBy() != null ? rule.updatedBy() : rule.createdBy(),
                Formats.beijingMinutes(rule.updatedAt() != null ? rule.updatedAt() : rule.createdAt())), 10, 0);
        if (canChange) {
            table.component("actions", getTranslation("quality.rules.column.actions"), this::actions, 8.5, 0);
        }
    }

    /** 公开率 低于 40% · 本年新收申请数量 较上年变化超过 300%. */
    String condition(ThresholdRule rule) {
        Metric metric = metricsById.get(rule.metric());
        String label = rule.metricLabel() != null ? rule.metricLabel()
                : metric != null ? metric.label() : rule.metric();
        String threshold = rule.threshold() == null ? "" : rule.threshold().stripTrailingZeros().toPlainString();
        if (!ThresholdRule.CHANGE_ABOVE.equals(rule.comparison())) {
            threshold += metric == null ? "" : metric.isRate() ? "%" : " " + metric.unit();
        }
        return getTranslation("quality.rules.condition." + rule.comparison(), label, threshold);
    }

    private HorizontalLayout actions(ThresholdRule rule) {
        Button edit = new Button(getTranslation("quality.rules.edit"), event -> edit(rule));
        edit.addThemeVariants(ButtonVariant.SMALL);
        edit.addClassName("rule-edit");
        Button delete = new Button(getTranslation("quality.rules.delete"), event -> delete(rule));
        delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        delete.addClassName("rule-delete");
        HorizontalLayout actions = new HorizontalLayout(edit, delete);
        actions.setSpacing(false);
        actions.addClassName("rule-actions");
        return actions;
    }

    private void edit(ThresholdRule rule) {
        new RuleForm(rule, region, metrics, sent -> {
            try {
                ThresholdRule saved = rule == null ? quality.createRule(sent) : quality.updateRule(rule.id(), sent);
                Notices.saved(getTranslation("quality.rules.saved", saved.name(),
                        String.valueOf(saved.findings() == null ? 0 : saved.findings())));
                grid.setItems(quality.rules(region));
                return null;
            } catch (BackendException e) {
                return e;
            }
        }).open();
    }

    private void delete(ThresholdRule rule) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("quality.rules.delete"));
        confirm.setText(getTranslation("quality.rules.delete.confirm", rule.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("quality.rules.form.cancel"));
        confirm.setConfirmText(getTranslation("quality.rules.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                quality.deleteRule(rule.id());
                Notices.saved(getTranslation("quality.rules.deleted", rule.name()));
                grid.setItems(quality.rules(region));
            } catch (BackendException e) {
                Notices.failed(e);
            }
        });
        confirm.open();
    }
}
