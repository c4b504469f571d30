package cn.nianbao.frontend.quality;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.analytics.Metric;
import cn.nianbao.frontend.backend.quality.ThresholdRule;
import cn.nianbao.frontend.ui.FieldErrors;
import cn.nianbao.frontend.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The form of a supervisor's threshold rule: name, metric (the analytics' indicators), comparison (较上年变化超过 %, 低于,
 * 高于), threshold, minimum sample and severity. The backend checks every field and names the one it refuses.
 */
class RuleForm extends Dialog {

    /** Longest name the backend keeps. */
    static final int MAX_NAME = 200;

    private final TextField name = new TextField();
    private final ComboBox<Metric> metric = new ComboBox<>();
    private final Select<String> comparison = new Select<>();
    private final BigDecimalField threshold = new BigDecimalField();
    private final IntegerField minSample = new IntegerField();
    private final Select<String> severity = new Select<>();

    /**
     * @param rule   the rule to edit; null for a new one
     * @param submit sends the rule; null when saved, else the backend's refusal
     */
    RuleForm(ThresholdRule rule, String region, List<Metric> metrics,
             Function<ThresholdRule, BackendException> submit) {
        addClassName("rule-form");
        setHeaderTitle(getTranslation(rule == null ? "quality.rules.form.title.new" : "quality.rules.form.title.edit"));
        name.setLabel(getTranslation("quality.rules.form.name"));
        name.addClassName("rule-name-field");
        name.setMaxLength(MAX_NAME);
        name.setRequired(true);
        metric.setLabel(getTranslation("quality.rules.form.metric"));
        metric.addClassName("rule-metric-field");
        metric.setItems(metrics);
        metric.setItemLabelGenerator(Metric::label);
        metric.setRequired(true);
        comparison.setLabel(getTranslation("quality.rules.form.comparison"));
        comparison.addClassName("rule-comparison-field");
        comparison.setItems(ThresholdRule.CHANGE_ABOVE, ThresholdRule.BELOW, ThresholdRule.ABOVE);
        comparison.setItemLabelGenerator(code -> getTranslation("quality.rules.form.comparison." + code));
        threshold.setLabel(getTranslation("quality.rules.form.threshold"));
        threshold.addClassName("rule-threshold-field");
        threshold.setRequired(true);
        minSample.setLabel(getTranslation("quality.rules.form.min_sample"));
        minSample.addClassName("rule-min-sample-field");
        minSample.setMin(0);
        minSample.setMax(1_000_000);
        minSample.setHelperText(getTranslation("quality.rules.form.min_sample.helper"));
        severity.setLabel(getTranslation("quality.rules.form.severity"));
        severity.addClassName("rule-severity-field");
        severity.setItems("error", "warning", "info");
        severity.setItemLabelGenerator(code -> getTranslation("quality.severity." + code));
        metric.addValueChangeListener(event -> helper());
        comparison.addValueChangeListener(event -> helper());

        if (rule == null) {
            comparison.setValue(ThresholdRule.CHANGE_ABOVE);
            minSample.setValue(0);
            severity.setValue("warning");
        } else {
            name.setValue(rule.name() == null ? "" : rule.name());
            metrics.stream().filter(m -> m.id().equals(rule.metric())).findFirst().ifPresent(metric::setValue);
            comparison.setValue(rule.comparison());
            threshold.setValue(rule.threshold());
            minSample.setValue(rule.minSample());
            severity.setValue(rule.severity());
        }
        FormLayout form = new FormLayout(name, metric, comparison, threshold, minSample, severity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);

        Button save = new Button(getTranslation("quality.rules.form.save"), event -> {
            if (!complete()) {
                return;
            }
            BackendException refused = submit.apply(ThresholdRule.of(region, name.getValue().strip(),
                    metric.getValue().id(), comparison.getValue(), threshold.getValue(), minSample.getValue(),
                    severity.getValue()));
            if (refused == null) {
                close();
            } else if (!FieldErrors.place(refused, Map.<String, HasValidation>of("name", name, "metric", metric,
                    "threshold", threshold, "min_sample", minSample))) {
                Notices.failed(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("rule-save");
        Button cancel = new Button(getTranslation("quality.rules.form.cancel"), event -> close());
        getFooter().add(cancel, save);
        setWidth("42rem");
    }

    /** The unit the threshold is in, for the chosen metric and comparison. */
    private void helper() {
        Metric chosen = metric.getValue();
        if (ThresholdRule.CHANGE_ABOVE.equals(comparison.getValue())) {
            threshold.setHelperText(getTranslation("quality.rules.form.threshold.helper.change"));
        } else if (chosen != null && chosen.isRate()) {
            threshold.setHelperText(getTranslation("quality.rules.form.threshold.helper.rate"));
        } else {
            threshold.setHelperText(chosen == null ? null
                    : getTranslation("quality.rules.form.threshold.helper.count", chosen.unit()));
        }
    }

    private boolean complete() {
        boolean complete = true;
        String required = getTranslation("quality.rules.form.required");
        if (name.getValue().isBlank()) {
            FieldErrors.mark(name, required);
            complete = false;
        }
        if (metric.getValue() == null) {
            FieldErrors.mark(metric, required);
            complete = false;
        }
        if (threshold.getValue() == null) {
            FieldErrors.mark(threshold, required);
            complete = false;
        }
        if (minSample.getValue() == null) {
            minSample.setValue(0);
        }
        return complete;
    }
}
