package cn.nianbao.backend.quality.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.NarrativeSection;
import cn.nianbao.backend.contract.OutcomeCounts;
import cn.nianbao.backend.contract.ProactiveCells;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.parser.ParseOutcome;
import cn.nianbao.backend.parser.ReportParser;
import cn.nianbao.backend.support.Fixtures;

/** Real reports for the rules' tests — hand-checked tables, the narrative as read from the document — and edits. */
final class Reports {

    private Reports() {
    }

    /** The hand-checked report with the narrative, period and contact the parser reads from its document. */
    static AnnualReport real(String name) {
        AnnualReport checked = Fixtures.report(name);
        ParseOutcome outcome = new ReportParser().parseNow(name, Fixtures.read(Fixtures.document(name)));
        return checked.withDetails(((ParseOutcome.Parsed) outcome).report().details());
    }

    /** The report with one 表三 cell printed as {@code value} (null: blank). */
    static AnnualReport withRequest(AnnualReport report, RequestRow row, ApplicantColumn column, Integer value) {
        Map<RequestRow, ApplicantCounts> rows = new EnumMap<>(report.requests());
        Map<ApplicantColumn, Integer> cells = new EnumMap<>(ApplicantColumn.class);
        for (ApplicantColumn c : ApplicantColumn.values()) {
            cells.put(c, rows.get(row).get(c));
        }
        cells.put(column, value);
        rows.put(row, ApplicantCounts.of(cells));
        return new AnnualReport(report.format(), report.agency(), report.year(), report.signedOn(), report.proactive(),
                rows, report.reviews(), report.details());
    }

    static AnnualReport withReviews(AnnualReport report, ReviewRow row, OutcomeCounts counts) {
        Map<ReviewRow, OutcomeCounts> rows = new EnumMap<>(report.reviews());
        rows.put(row, counts);
        return new AnnualReport(report.format(), report.agency(), report.year(), report.signedOn(), report.proactive(),
                report.requests(), rows, report.details());
    }

    static AnnualReport withProactive(AnnualReport report, Map<ProactiveRow, ProactiveCells> proactive) {
        return new AnnualReport(report.format(), report.agency(), report.year(), report.signedOn(), proactive,
                report.requests(), report.reviews(), report.details());
    }

    static AnnualReport withFees(AnnualReport report, String amount) {
        Map<ProactiveRow, ProactiveCells> rows = new EnumMap<>(report.proactive());
        rows.put(ProactiveRow.FEES, ProactiveCells.fees(new BigDecimal(amount)));
        return withProactive(report, rows);
    }

    static AnnualReport signedOn(AnnualReport report, LocalDate date) {
        return new AnnualReport(report.format(), report.agency(), report.year(), date, report.proactive(),
                report.requests(), report.reviews(), report.details());
    }

    static AnnualReport publishedOn(AnnualReport report, LocalDate date) {
        AnnualReport.Details d = report.details();
        return report.withDetails(new AnnualReport.Details(d.statisticsPeriod(), d.contact(), d.sections(), date,
                d.url()));
    }

    /** The report with section {@code number}'s text replaced (null: the section removed). */
    static AnnualReport withSection(AnnualReport report, int number, String text) {
        List<NarrativeSection> sections = new ArrayList<>();
        boolean placed = false;
        for (NarrativeSection section : report.details().sections()) {
            if (section.number() == number) {
                placed = true;
                if (text != null) {
                    sections.add(new NarrativeSection(number, section.heading(), text));
                }
            } else {
                sections.add(section);
            }
        }
        if (!placed && text != null) {
            sections.add(new NarrativeSection(number, null, text));
            sections.sort((a, b) -> Integer.compare(a.number(), b.number()));
        }
        AnnualReport.Details d = report.details();
        return report.withDetails(new AnnualReport.Details(d.statisticsPeriod(), d.contact(), sections,
                d.publishedOn(), d.url()));
    }
}
