package cn.nianbao.frontend.template;

import java.util.Map;

import cn.nianbao.frontend.backend.reports.AnnualReportData;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The three fixed tables of one report (二、三、四), each in the template's layout, or a clear notice where the report
 * does not contain the table.
 */
public class ReportTables extends Div {

    public ReportTables(AnnualReportData report) {
        this(report, CellMarks.NONE);
    }

    /** @param marks the page's notes on cells by contract path (last year's values, findings …) */
    public ReportTables(AnnualReportData report, CellMarks marks) {
        this(report, marks, null);
    }

    /**
     * @param editor an input in each cell (the entry form), where a table the report lacks is offered empty; null:
     *               the numbers as printed
     */
    public ReportTables(AnnualReportData report, CellMarks marks, CellEditor editor) {
        addClassName("report-tables");
        add(new H3(getTranslation("table.proactive")));
        add(proactive(report, marks, editor));
        add(new H3(getTranslation("table.requests")));
        if (report.requests() == null && editor == null) {
            add(new MissingTableNotice(getTranslation("table.missing", getTranslation("table.requests"))));
        } else {
            Paragraph rule = new Paragraph(getTranslation("requests.note"));
            rule.addClassName("table-note");
            add(rule, new RequestsTable(orEmpty(report.requests()), marks, null, editor));
        }
        add(new H3(getTranslation("table.reviews")));
        add(report.reviews() == null && editor == null
                ? new MissingTableNotice(getTranslation("table.missing", getTranslation("table.reviews")))
                : new ReviewsTable(orEmpty(report.reviews()), marks, editor));
    }

    private static <T> Map<String, Map<String, T>> orEmpty(Map<String, Map<String, T>> table) {
        return table == null ? Map.of() : table;
    }

    private Component proactive(AnnualReportData report, CellMarks marks, CellEditor editor) {
        // the contract keeps no 表二 for the 2019 trial format and older reports: say so instead of "missing"
        boolean olderFormat = "2019".equals(report.format()) || "pre2019".equals(report.format());
        if (report.proactive() != null || (editor != null && !olderFormat)) {
            return new ProactiveTables(orEmpty(report.proactive()), marks, editor);
        }
        return new MissingTableNotice(olderFormat ? getTranslation("table.proactive.older_format")
                : getTranslation("table.missing", getTranslation("table.proactive")));
    }
}
