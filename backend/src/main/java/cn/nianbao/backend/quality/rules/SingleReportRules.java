package cn.nianbao.backend.quality.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.contract.ReportFormat;

/**
 * The rules for one report on its own — no database, no Spring, nothing but the report and what the parser found
 * while reading its document — so that the parse command and {@code POST /api/parse} give the same findings as the
 * stored version gets. Rules across reports (carry-over, in-force chain, publication date, missing reports, repeated
 * text, the agency a report is stored for, supervisors' thresholds) need more and are not here.
 */
public final class SingleReportRules {

    /** The first year reported on in the 2021 format. */
    static final int FORMAT_2021_FROM = 2021;

    private SingleReportRules() {
    }

    /**
     * Every single-report finding of the rule set: the table identities, negative and blank cells, missing tables
     * and sections, text against tables, unexplained fees, the signing date, the format, and the parser's
     * TABLE_REPEATED and AMBIGUOUS_CELL as the parser stated them.
     *
     * @param parserFindings what the parser found reading the document (empty for a report entered as data)
     * @param positions where the parser read each cell ({@link SourcePositions#NONE} when not known)
     */
    public static List<QualityFinding> check(AnnualReport report, List<Finding> parserFindings,
                                             SourcePositions positions) {
        List<QualityFinding> found = new ArrayList<>();
        found.addAll(TableRules.missingTables(report, positions));
        found.addAll(TableRules.identities(report, positions));
        var printed = TableRules.printedCells(report);
        found.addAll(TableRules.negatives(report, printed, positions));
        found.addAll(TableRules.blanks(report, printed, positions));
        found.addAll(NarrativeRules.missingSections(report));
        found.addAll(TextTableRule.check(report));
        found.addAll(NarrativeRules.unexplainedFees(report));
        signedEarly(report).ifPresent(found::add);
        oldFormat(report).ifPresent(found::add);
        found.addAll(fromParser(parserFindings));
        return found;
    }

    /**
     * What the parse output lists for a document: the parser's own notes that are not quality rules
     * (READING_ORDER, ROW_MISSING, ROW_UNREADABLE…), then every single-report finding of the rule set, each table-cell
     * finding saying where its cells were read (as far as {@code positions} knows).
     */
    public static List<Finding> forParsedDocument(AnnualReport report, List<Finding> parserFindings,
                                                 SourcePositions positions) {
        List<Finding> all = new ArrayList<>();
        parserFindings.stream().filter(finding -> !RuleCatalogue.owns(finding.code())).forEach(all::add);
        check(report, parserFindings, positions).stream().map(QualityFinding::toFinding).forEach(all::add);
        return all;
    }

    /** TABLE_REPEATED and AMBIGUOUS_CELL as the parser found them: its severity, its message, its cells. */
    static List<QualityFinding> fromParser(List<Finding> parserFindings) {
        List<QualityFinding> found = new ArrayList<>();
        for (Finding finding : parserFindings) {
            RuleCatalogue.find(finding.code()).filter(rule -> rule.origin() == Rule.Origin.PARSER)
                    .ifPresent(rule -> found.add(QualityFinding.of(rule, finding.severity(),
                            Figures.of("message", finding.message()), finding.cells(), finding.source())));
        }
        return found;
    }

    /** SIGNED_EARLY: signed on or before the last day of the period reported on (31 December unless printed). */
    static Optional<QualityFinding> signedEarly(AnnualReport report) {
        LocalDate signed = report.signedOn();
        LocalDate end = report.details().statisticsPeriod() != null && report.details().statisticsPeriod().to() != null
                ? report.details().statisticsPeriod().to()
                : report.year() == null ? null : LocalDate.of(report.year(), 12, 31);
        if (signed == null || end == null || signed.isAfter(end)) {
            return Optional.empty();
        }
        return Optional.of(QualityFinding.of(RuleCatalogue.SIGNED_EARLY,
                Figures.of("signed_on", signed).with("period_end", end), List.of("signed_on"), null));
    }

    /** OLD_FORMAT: a report on 2021 or later whose tables follow the 2019 trial format. */
    static Optional<QualityFinding> oldFormat(AnnualReport report) {
        if (report.format() != ReportFormat.F2019 || report.year() == null || report.year() < FORMAT_2021_FROM) {
            return Optional.empty();
        }
        return Optional.of(QualityFinding.of(RuleCatalogue.OLD_FORMAT, Figures.of("year", report.year()),
                List.of("format"), null));
    }
}
