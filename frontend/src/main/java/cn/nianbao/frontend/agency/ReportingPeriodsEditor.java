package cn.nianbao.frontend.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.frontend.backend.agencies.Agency.ReportingPeriod;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * 应报年度: the periods in which a body must report, one row each (first year, last year or empty for "still
 * reporting"). A body that was merged away keeps its old years and gets a last year; one that splits off starts anew.
 */
class ReportingPeriodsEditor extends Div {

    private final Div rows = new Div();
    private final Div problem = new Div();
    private final List<Row> periods = new ArrayList<>();

    ReportingPeriodsEditor() {
        addClassName("reporting-periods");
        Span label = new Span(getTranslation("agencies.column.periods"));
        label.addClassName("reporting-periods-label");
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500")
                .set("color", "var(--lumo-secondary-text-color)");
        Button add = new Button(getTranslation("agencies.periods.add"), new Icon(VaadinIcon.PLUS), click -> addRow(null));
        add.addClassName("add-period");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Span helper = new Span(getTranslation("agencies.periods.helper"));
        helper.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                .set("display", "block");
        problem.addClassName("reporting-periods-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(label, rows, add, helper, problem);
    }

    void setValue(List<ReportingPeriod> value) {
        periods.clear();
        rows.removeAll();
        value.forEach(this::addRow);
    }

    /** The periods entered, or empty (with the row marked) when a row has no first year. */
    Optional<List<ReportingPeriod>> read() {
        clearProblem();
        List<ReportingPeriod> value = new ArrayList<>();
        for (Row row : periods) {
            if (row.first.getValue() == null) {
                row.first.setErrorMessage(getTranslation("agencies.periods.first_missing"));
                row.first.setInvalid(true);
                return Optional.empty();
            }
            value.add(new ReportingPeriod(row.first.getValue(), row.last.getValue()));
        }
        return Optional.of(value);
    }

    void showProblem(String message) {
        problem.setText(message);
    }

    private void clearProblem() {
        problem.setText("");
        periods.forEach(row -> row.first.setInvalid(false));
    }

    private void addRow(ReportingPeriod period) {
        Row row = new Row();
        if (period != null) {
            row.first.setValue(period.firstYear());
            row.last.setValue(period.lastYear());
        }
        Button remove = new Button(new Icon(VaadinIcon.TRASH));
        remove.addClassName("remove-period");
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("agencies.periods.remove"));
        HorizontalLayout line = new HorizontalLayout(row.first, new Span(getTranslation("agencies.periods.to")),
                row.last, remove);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        line.addClassName("reporting-period");
        remove.addClickListener(click -> {
            periods.remove(row);
            rows.remove(line);
        });
        periods.add(row);
        rows.add(line);
    }

    private final class Row {
        final IntegerField first = year("agencies.periods.first", "period-first-year");
        final IntegerField last = year("agencies.periods.last", "period-last-year");

        Row() {
            first.setManualValidation(true);
            last.setPlaceholder(getTranslation("agencies.periods.still"));
        }

        private IntegerField year(String label, String className) {
            IntegerField field = new IntegerField();
            field.setAriaLabel(getTranslation(label));
            field.setPlaceholder(getTranslation(label));
            field.addClassName(className);
            field.setMin(2008);
            field.setMax(2100);
            field.setWidth("7em");
            return field;
        }
    }
}
