package cn.nianbao.frontend.template;

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
        addClassName("report-tables");
        add(new H3(getTranslation("table.proactive")));
        add(proactive(report, marks));
        add(new H3(getTranslation("table.requests")));
        if (report.requests() == null) {
            add(new MissingTableNotice(getTranslation("table.missing", getTranslation("table.requests"))));
        } else {
            Paragraph rule = new Paragraph(getTranslation("requests.note"));
            rule.addClassName("table-note");
            add(rule, new RequestsTable(report.requests(), marks, null));
        }
        add(new H3(getTranslation("table.reviews")));
        add(report.reviews() == null
                ? new MissingTableNotice(getTranslation("table.missing", getTranslation("table.reviews")))
                : new ReviewsTable(report.reviews(), marks));
    }

    private Component proactive(AnnualReportData report, CellMarks marks) {
        if (report.proactive() != null) {
            return new ProactiveTables(report.proactive(), marks);
        }
        // the contract keeps no 表二 for the 2019 trial format and older reports: say so instead of "missing"
        boolean olderFormat = "2019".equals(report.format()) || "pre2019".equals(report.format());
        return new MissingTableNotice(olderFormat ? getTranslation("table.proactive.older_format")
                : getTranslation("table.missing", getTranslation("table.proactive")));
    }
}
