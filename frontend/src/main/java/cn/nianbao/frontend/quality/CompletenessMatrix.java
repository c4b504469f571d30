package cn.nianbao.frontend.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import cn.nianbao.frontend.backend.quality.Completeness;
import cn.nianbao.frontend.backend.quality.CompletenessState;
import cn.nianbao.frontend.ui.TableLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The completeness matrix: the region's bodies × years, each cell the backend's state (缺报, 逾期, 有错误, 有警告, 无问题,
 * 不需报送) in its colour, with the counts behind it in its tooltip; the year's rates (已报率, 按时率, 无问题率) stand in
 * header rows above the bodies, so they line up with the years. A cell with problems opens that body's findings of the
 * year, a clean one its report.
 */
class CompletenessMatrix extends Div {

    /** What a click on a cell opens: {@code (body row, cell)}. */
    interface Opener extends BiConsumer<Completeness.BodyRow, Completeness.Cell>, java.io.Serializable {
    }

    private final Grid<Completeness.BodyRow> grid = new Grid<>();

    CompletenessMatrix(Completeness matrix, Opener opener) {
        addClassName("completeness-matrix");
        add(legend());
        TableLayout<Completeness.BodyRow> table = TableLayout.of(grid, "completeness-grid");
        grid.setAllRowsVisible(true);
        Grid.Column<Completeness.BodyRow> agency = table.label("agency",
                getTranslation("quality.matrix.column.agency"), body -> {
                    Span name = new Span(body.agencyName());
                    name.addClassName("matrix-agency");
                    // the region's own body first, its bodies indented below it
                    name.getStyle().set("padding-inline-start", body.depth() * 0.75 + "em");
                    return name;
                }, 16);
        List<Grid.Column<Completeness.BodyRow>> years = new ArrayList<>();
        for (int year : matrix.years()) {
            Grid.Column<Completeness.BodyRow> column = table.component(String.valueOf(year), String.valueOf(year),
                    body -> cell(body, body.cell(year), opener), 6.5, 0);
            column.setTextAlign(ColumnTextAlign.CENTER);
            years.add(column);
        }
        rateRow(matrix, agency, years, "quality.matrix.rate.reported", "rate-reported",
                rates -> new Rate(rates.reportedRate(), rates.reportedExpected(), rates.expected()));
        rateRow(matrix, agency, years, "quality.matrix.rate.on_time", "rate-on-time",
                rates -> new Rate(rates.onTimeRate(), rates.onTime(), rates.expected()));
        rateRow(matrix, agency, years, "quality.matrix.rate.clean", "rate-clean",
                rates -> new Rate(rates.cleanRate(), rates.clean(), rates.reported()));
        grid.setItems(matrix.bodies());
        Paragraph note = new Paragraph(getTranslation("quality.matrix.note"));
        note.addClassName("matrix-note");
        add(grid, note);
    }

    Grid<Completeness.BodyRow> grid() {
        return grid;
    }

    private record Rate(BigDecimal value, int numerator, int denominator) {
    }

    private void rateRow(Completeness matrix, Grid.Column<Completeness.BodyRow> agency,
                         List<Grid.Column<Completeness.BodyRow>> years, String key, String className,
                         java.util.function.Function<Completeness.YearRates, Rate> rateOf) {
        HeaderRow row = grid.appendHeaderRow();
        String label = getTranslation(key);
        Span caption = new Span(label);
        caption.addClassName("rate-caption");
        row.getCell(agency).setComponent(caption);
        for (int i = 0; i < matrix.years().size(); i++) {
            int year = matrix.years().get(i);
            Completeness.YearRates rates = matrix.rates(year);
            Rate rate = rates == null ? null : rateOf.apply(rates);
            Span value = new Span();
            value.addClassNames("rate", className);
            value.getElement().setAttribute("data-year", String.valueOf(year));
            if (rate == null || rate.value() == null) {
                value.setText(getTranslation("quality.matrix.rate.none"));
                value.getElement().setAttribute("title", getTranslation("quality.matrix.rate.none.tooltip", label));
            } else {
                value.setText(QualityLabels.percent(rate.value()));
                String tooltip = getTranslation("quality.matrix.rate.tooltip", label,
                        String.valueOf(rate.numerator()), String.valueOf(rate.denominator()));
                if (className.equals("rate-on-time") && rates.publicationUnknown() > 0) {
                    tooltip += getTranslation("quality.matrix.rate.unknown_publication",
                            String.valueOf(rates.publicationUnknown()));
                }
                value.getElement().setAttribute("title", tooltip);
            }
            row.getCell(years.get(i)).setComponent(value);
        }
    }

    private com.vaadin.flow.component.Component cell(Completeness.BodyRow body, Completeness.Cell cell,
                                                     Opener opener) {
        CompletenessState state = cell == null ? CompletenessState.UNKNOWN : cell.state();
        String code = QualityLabels.code(state);
        String label = QualityLabels.state(this, state);
        if (cell == null || state == CompletenessState.NOT_EXPECTED || state == CompletenessState.UNKNOWN) {
            Span quiet = new Span(label);
            quiet.addClassNames("quality-state", "qstate-" + code.replace('_', '-'));
            quiet.getElement().setAttribute("title", QualityLabels.stateTooltip(this, state));
            return quiet;
        }
        NativeButton button = new NativeButton(label, event -> opener.accept(body, cell));
        button.addClassNames("quality-state", "qstate-" + code.replace('_', '-'));
        button.getElement().setAttribute("data-agency", body.agencyCode());
        button.getElement().setAttribute("data-year", String.valueOf(cell.year()));
        button.getElement().setAttribute("title", tooltip(body, cell, label));
        return button;
    }

    /** 示例市白水镇人民政府 2022 年：缺报；截止 2023-01-31；错误 0，警告 0，提示 0，待审核 1；点击查看问题. */
    private String tooltip(Completeness.BodyRow body, Completeness.Cell cell, String label) {
        List<String> parts = new ArrayList<>();
        parts.add(QualityLabels.stateTooltip(this, cell.state()));
        if (cell.versionNo() != null) {
            parts.add(getTranslation("quality.cell.version", String.valueOf(cell.versionNo())));
        }
        if (cell.publishedOn() != null) {
            parts.add(getTranslation("quality.cell.published", cell.publishedOn().toString()));
        }
        if (cell.dueOn() != null) {
            parts.add(getTranslation("quality.cell.due", cell.dueOn().toString()));
        }
        if (cell.daysLate() != null && cell.daysLate() > 0) {
            parts.add(getTranslation("quality.cell.late", String.valueOf(cell.daysLate())));
        }
        parts.add(getTranslation("quality.cell.counts", String.valueOf(cell.errors()), String.valueOf(cell.warnings()),
                String.valueOf(cell.infos())));
        parts.add(getTranslation("quality.cell.open", String.valueOf(cell.open())));
        parts.add(getTranslation(cell.state() == CompletenessState.CLEAN ? "quality.cell.open_report"
                : "quality.cell.open_findings"));
        return getTranslation("quality.cell.tooltip", body.agencyName(), String.valueOf(cell.year()),
                label + "；" + String.join("；", parts));
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("matrix-legend");
        legend.add(new Span(getTranslation("quality.matrix.legend")));
        for (CompletenessState state : List.of(CompletenessState.MISSING, CompletenessState.LATE,
                CompletenessState.ERRORS, CompletenessState.WARNINGS, CompletenessState.CLEAN,
                CompletenessState.NOT_EXPECTED)) {
            String code = QualityLabels.code(state);
            Span item = new Span(QualityLabels.state(this, state));
            item.addClassNames("quality-state", "legend-item", "qstate-" + code.replace('_', '-'));
            item.getElement().setAttribute("title", QualityLabels.stateTooltip(this, state));
            legend.add(item);
        }
        return legend;
    }
}
