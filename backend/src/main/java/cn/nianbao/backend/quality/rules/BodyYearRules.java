package cn.nianbao.backend.quality.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.NarrativeSection;
import cn.nianbao.backend.contract.identity.CellValues;
import cn.nianbao.backend.contract.identity.Identity;
import cn.nianbao.backend.contract.identity.IdentityCatalogue;
import cn.nianbao.backend.contract.identity.IdentityKind;

/**
 * Every built-in rule for one body and one year: the single-report rules on its report, and the rules across
 * reports — CARRY_OVER and IN_FORCE_CHAIN against last year's report, LATE_PUBLICATION and MISSING_REPORT against
 * the deadline, TEXT_REPEATED against last year's narrative and the closest other body's, AGENCY_MISMATCH.
 * (Supervisors' threshold rules are evaluated in the database by the analytics layer and added by the caller.)
 */
public final class BodyYearRules {

    /** TEXT_REPEATED: the share of the narrative found in the same body's previous report, in percent. */
    public static final int SAME_BODY_LIMIT = 50;
    /** TEXT_REPEATED: the share of the narrative found in another body's report of the same year, in percent. */
    public static final int OTHER_BODY_LIMIT = 80;

    private BodyYearRules() {
    }

    public static List<QualityFinding> check(ReportFacts facts) {
        List<QualityFinding> found = new ArrayList<>();
        if (facts.current() == null) {
            missing(facts).ifPresent(found::add);
            return found;
        }
        AnnualReport report = facts.current().report();
        found.addAll(SingleReportRules.check(report, facts.documentFindings(),
                SourcePositions.of(facts.current().positions())));
        if (facts.previous() != null) {
            found.addAll(chains(facts));
        }
        late(facts).ifPresent(found::add);
        if (Boolean.FALSE.equals(facts.printedNameMatches())) {
            found.add(QualityFinding.of(RuleCatalogue.AGENCY_MISMATCH, Figures.of("printed", report.agency())
                    .with("agency", facts.body().name()), List.of("agency"), null));
        }
        found.addAll(repeatedText(facts));
        return found;
    }

    /**
     * The percentage shown and compared, to one decimal, rounded down: what is shown above the limit is above it,
     * and what is above it shows so (50.3 %, not 50 %).
     */
    public static BigDecimal percent(double share) {
        BigDecimal tenths = BigDecimal.valueOf((long) Math.floor(share * 1000 + 1e-9), 1).stripTrailingZeros();
        return tenths.scale() < 0 ? tenths.setScale(0) : tenths;
    }

    /** Whether a share is above a limit in percent. */
    public static boolean above(double share, int limit) {
        return percent(share).compareTo(BigDecimal.valueOf(limit)) > 0;
    }

    /** CARRY_OVER and IN_FORCE_CHAIN: last year's report against this year's, per column and per document kind. */
    private static List<QualityFinding> chains(ReportFacts facts) {
        List<QualityFinding> found = new ArrayList<>();
        CellValues current = CellValues.of(facts.current().report());
        CellValues previous = CellValues.of(facts.previous().report());
        for (Identity identity : IdentityCatalogue.acrossYears()) {
            Identity.Check check = identity.check(current, previous);
            if (check.broken()) {
                Rule rule = RuleCatalogue.of(identity.kind());
                Figures years = Figures.of("previous_year", facts.year() - 1).with("year", facts.year());
                // the places of this year's cells; last year's (previous.…) are in another document
                found.add(TableRules.broken(rule, check, identity.kind() == IdentityKind.CARRY_OVER ? years
                        : Figures.of("previous_year", facts.year() - 1), SourcePositions.of(facts.current().positions()))
                        .relatedTo(facts.previous().versionId()));
            }
        }
        return found;
    }

    /** LATE_PUBLICATION: published after the deadline (nothing when the publication date is not known). */
    private static Optional<QualityFinding> late(ReportFacts facts) {
        LocalDate published = facts.current().report().details().publishedOn();
        LocalDate deadline = PublicationDeadline.of(facts.year(), facts.body().peoplesGovernment());
        if (published == null || !published.isAfter(deadline)) {
            return Optional.empty();
        }
        return Optional.of(QualityFinding.of(RuleCatalogue.LATE_PUBLICATION, Figures.of("year", facts.year())
                .with("published_on", published).with("deadline", deadline)
                .with("days", ChronoUnit.DAYS.between(deadline, published)), List.of("published_on"), null));
    }

    /**
     * MISSING_REPORT: expected, no report, the deadline has passed, and the year's reports are being collected
     * (another body of the same top-level region has one).
     */
    private static Optional<QualityFinding> missing(ReportFacts facts) {
        LocalDate deadline = PublicationDeadline.of(facts.year(), facts.body().peoplesGovernment());
        if (!facts.body().expected() || !facts.yearCollected() || !facts.today().isAfter(deadline)) {
            return Optional.empty();
        }
        return Optional.of(QualityFinding.of(RuleCatalogue.MISSING_REPORT, Figures.of("agency",
                facts.body().name()).with("deadline", deadline).with("year", facts.year()), List.of(), null));
    }

    /** TEXT_REPEATED against last year's narrative (above 50 %) and against the closest other body's (above 80 %). */
    private static List<QualityFinding> repeatedText(ReportFacts facts) {
        AnnualReport report = facts.current().report();
        NarrativeText text = facts.current().narrative();
        List<QualityFinding> found = new ArrayList<>();
        if (!text.comparable()) {
            return found;
        }
        if (facts.previous() != null) {
            NarrativeText previous = facts.previous().narrative();
            if (previous.comparable()) {
                double share = TextSimilarity.containment(text, previous);
                if (above(share, SAME_BODY_LIMIT)) {
                    found.add(repeated(report, text, previous, "本机关 " + (facts.year() - 1) + " 年度年报",
                            percent(share), SAME_BODY_LIMIT).relatedTo(facts.previous().versionId()));
                }
            }
        }
        ReportFacts.TextCopy copy = facts.copiedFrom();
        if (copy != null && above(copy.share(), OTHER_BODY_LIMIT)) {
            found.add(repeated(report, text, copy.text(), copy.agencyName() + " " + copy.year() + " 年度年报",
                    percent(copy.share()), OTHER_BODY_LIMIT).relatedTo(copy.versionId()));
        }
        return found;
    }

    private static QualityFinding repeated(AnnualReport report, NarrativeText text, NarrativeText other,
                                           String compared, BigDecimal percent, int limit) {
        List<NarrativeSection> prose = Narrative.prose(report);
        var passages = TextSimilarity.passages(text, other,
                prose.stream().map(s -> s.text() == null ? "" : s.text()).toList(),
                prose.stream().map(NarrativeSection::number).toList());
        String longest = passages.isEmpty() ? "" : Narrative.shorten(passages.getFirst().excerpt(), 40);
        return QualityFinding.of(RuleCatalogue.TEXT_REPEATED, Figures.of("compared", compared)
                .with("similarity", percent).with("limit", limit).with("passage", longest),
                prose.stream().map(s -> "sections." + s.number()).toList(), passages);
    }
}
