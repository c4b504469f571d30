package cn.nianbao.backend.quality;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.quality.persistence.NarrativeBandRepository;
import cn.nianbao.backend.quality.rules.BodyYearRules;
import cn.nianbao.backend.quality.rules.MinHashSignature;
import cn.nianbao.backend.quality.rules.NarrativeText;
import cn.nianbao.backend.quality.rules.QualityFinding;
import cn.nianbao.backend.quality.rules.ReportFacts;
import cn.nianbao.backend.quality.rules.TextSimilarity;
import cn.nianbao.backend.report.ActiveReport;
import cn.nianbao.backend.report.ActiveReports;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Runs every rule for a set of body-years in one unit of work and keeps what they find: loads the reports (and the
 * year before each), looks up the narratives of other bodies that may have been copied (MinHash bands, then an exact
 * comparison of the best few), evaluates the supervisors' threshold rules, and hands the findings to the ledger.
 * Used when a version is stored (in the store's transaction) and by runs over a region.
 */
@Component
class QualityEvaluation {

    /** Years count in China's time zone: deadlines pass at midnight there. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** How many look-alike narratives of other bodies are compared exactly, best band matches first. */
    static final int CANDIDATES = 3;

    private final ActiveReports reports;
    private final NarrativeBandRepository bands;
    private final FindingLedger ledger;
    private final ThresholdEvaluation thresholds;
    private final AgencyDirectory directory;

    QualityEvaluation(ActiveReports reports, NarrativeBandRepository bands, FindingLedger ledger,
                      ThresholdEvaluation thresholds, AgencyDirectory directory) {
        this.reports = reports;
        this.bands = bands;
        this.ledger = ledger;
        this.thresholds = thresholds;
        this.directory = directory;
    }

    /**
     * What to evaluate: the target body-years and which kept findings each replaces; the bodies (every target's)
     * with their parents' names; the parser's findings of a version stored now; the threshold rules to read; and
     * which targets' narratives are to be indexed anew (a version stored now; a run finds them indexed).
     *
     * @param reportedOnly targets evaluated only when they have a report (the year after a stored one)
     * @param thresholdsFound the threshold findings when already evaluated for a whole run (null: from the plans)
     * @param collectedYears for each body, the years with any report in its top-level region
     */
    record Scope(Map<Long, Agency> bodies, Map<Long, String> parentNames, Map<BodyYear, Evaluated.Replaces> targets,
                 Set<BodyYear> reportedOnly, Map<BodyYear, List<Finding>> documentFindings,
                 List<ThresholdEvaluation.Plan> plans, Map<Long, Set<Long>> ancestry, Set<BodyYear> reindex,
                 Map<BodyYear, List<QualityFinding>> thresholdsFound, Map<Long, Set<Integer>> collectedYears) {
    }

    /**
     * What came of it: what was found per body-year, how many reports were read, and the other bodies' reports of
     * which a target now holds more than 80 % (their own finding on the target's text may have to be made anew).
     */
    record Outcome(List<Evaluated> evaluated, int reports, int findings, Set<BodyYear> copiedByTargets) {
    }

    Mono<Outcome> evaluate(Tx tx, Scope scope) {
        if (scope.targets().isEmpty()) {
            return Mono.just(new Outcome(List.of(), 0, 0, Set.of()));
        }
        int fromYear = scope.targets().keySet().stream().mapToInt(BodyYear::year).min().orElseThrow() - 1;
        int toYear = scope.targets().keySet().stream().mapToInt(BodyYear::year).max().orElseThrow();
        return reports.of(tx, scope.bodies().keySet(), fromYear, toYear)
                .collectMap(report -> new BodyYear(report.agencyId(), report.year()))
                .flatMap(loaded -> withTexts(tx, scope, new Loaded(loaded)));
    }

    /**
     * The reports read, and each one's narrative as a shingled text, made once; other bodies' versions (candidates
     * for a copy) are read as their narrative alone.
     */
    private static final class Loaded {
        private final Map<BodyYear, ActiveReport> byBodyYear;
        private final Map<Long, ActiveReport> byVersion = new HashMap<>();
        private final Map<Long, ActiveReport.Narrative> others = new HashMap<>();
        private final Map<Long, NarrativeText> texts = new HashMap<>();

        Loaded(Map<BodyYear, ActiveReport> byBodyYear) {
            this.byBodyYear = byBodyYear;
            byBodyYear.values().forEach(report -> byVersion.put(report.versionId(), report));
        }

        ActiveReport at(BodyYear bodyYear) {
            return byBodyYear.get(bodyYear);
        }

        boolean has(long versionId) {
            return byVersion.containsKey(versionId) || others.containsKey(versionId);
        }

        void add(ActiveReport.Narrative narrative) {
            others.putIfAbsent(narrative.versionId(), narrative);
        }

        /** The body and year of a version read, or null when it is no longer active. */
        BodyYear of(long versionId) {
            ActiveReport report = byVersion.get(versionId);
            if (report != null) {
                return new BodyYear(report.agencyId(), report.year());
            }
            ActiveReport.Narrative narrative = others.get(versionId);
            return narrative == null ? null : new BodyYear(narrative.agencyId(), narrative.year());
        }

        NarrativeText text(long versionId) {
            return texts.computeIfAbsent(versionId, id -> byVersion.containsKey(id)
                    ? NarrativeText.of(byVersion.get(id).report())
                    : NarrativeText.ofSections(others.get(id).sections()));
        }
    }

    private Mono<Outcome> withTexts(Tx tx, Scope scope, Loaded loaded) {
        List<ActiveReport> targeted = scope.targets().keySet().stream().map(loaded::at)
                .filter(Objects::nonNull).toList();
        Mono<Void> indexed = bands.replace(tx, targeted.stream()
                .filter(report -> scope.reindex().contains(new BodyYear(report.agencyId(), report.year())))
                .map(report -> new NarrativeBandRepository.Bands(report.versionId(), report.agencyId(), report.year(),
                        MinHashSignature.bands(loaded.text(report.versionId()))))
                .toList());
        Set<Long> comparable = new HashSet<>();
        targeted.stream().filter(report -> loaded.text(report.versionId()).comparable())
                .forEach(report -> comparable.add(report.versionId()));
        return indexed.then(bands.candidates(tx, comparable).collectList())
                .flatMap(candidates -> {
                    Map<Long, List<NarrativeBandRepository.Candidate>> best = bestCandidates(candidates);
                    Set<Long> unread = new HashSet<>();
                    Set<Long> otherBodies = new HashSet<>();
                    best.values().forEach(list -> list.forEach(candidate -> {
                        if (!loaded.has(candidate.otherVersionId())) {
                            unread.add(candidate.otherVersionId());
                        }
                        if (!scope.bodies().containsKey(candidate.otherAgencyId())) {
                            otherBodies.add(candidate.otherAgencyId());
                        }
                    }));
                    return reports.narratives(tx, unread).doOnNext(loaded::add).then(directory.byIds(otherBodies))
                            .flatMap(others -> {
                                Map<Long, String> names = new HashMap<>();
                                scope.bodies().values().forEach(body -> names.put(body.id(), body.name()));
                                others.forEach(body -> names.put(body.id(), body.name()));
                                return judge(tx, scope, loaded, best, names);
                            });
                });
    }

    /** For each version, the other bodies' versions sharing the most bands with it (at most {@value #CANDIDATES}). */
    private static Map<Long, List<NarrativeBandRepository.Candidate>> bestCandidates(
            List<NarrativeBandRepository.Candidate> candidates) {
        Map<Long, List<NarrativeBandRepository.Candidate>> byVersion = new HashMap<>();
        candidates.forEach(c -> byVersion.computeIfAbsent(c.versionId(), id -> new ArrayList<>()).add(c));
        byVersion.replaceAll((version, list) -> list.stream()
                .sorted(Comparator.comparingInt(NarrativeBandRepository.Candidate::shared).reversed()
                        .thenComparingLong(NarrativeBandRepository.Candidate::otherVersionId))
                .limit(CANDIDATES).toList());
        return byVersion;
    }

    private Mono<Outcome> judge(Tx tx, Scope scope, Loaded loaded,
                                Map<Long, List<NarrativeBandRepository.Candidate>> best, Map<Long, String> names) {
        Set<BodyYear> copiedByTargets = new HashSet<>();
        Map<Long, ReportFacts.TextCopy> copies = new HashMap<>();
        best.forEach((versionId, candidates) -> {
            NarrativeText text = loaded.text(versionId);
            ReportFacts.TextCopy closest = null;
            for (NarrativeBandRepository.Candidate candidate : candidates) {
                BodyYear other = loaded.of(candidate.otherVersionId());
                if (other == null) {
                    continue; // no longer active
                }
                NarrativeText otherText = loaded.text(candidate.otherVersionId());
                if (!otherText.comparable()) {
                    continue;
                }
                double share = TextSimilarity.containment(text, otherText);
                if (closest == null || share > closest.share()) {
                    closest = new ReportFacts.TextCopy(candidate.otherVersionId(),
                            names.getOrDefault(other.agencyId(), ""), other.year(), share, otherText);
                }
                if (BodyYearRules.above(TextSimilarity.containment(otherText, text), BodyYearRules.OTHER_BODY_LIMIT)) {
                    copiedByTargets.add(other);
                }
            }
            if (closest != null) {
                copies.put(versionId, closest);
            }
        });
        Set<BodyYear> evaluatedTargets = new HashSet<>();
        scope.targets().keySet().forEach(target -> {
            if (loaded.at(target) != null || !scope.reportedOnly().contains(target)) {
                evaluatedTargets.add(target);
            }
        });
        Map<Long, String> codes = new HashMap<>();
        scope.bodies().values().forEach(body -> codes.put(body.id(), body.code()));
        Mono<Map<BodyYear, List<QualityFinding>>> thresholdFindings = scope.thresholdsFound() != null
                ? Mono.just(scope.thresholdsFound())
                : thresholds.findings(tx, scope.plans(), evaluatedTargets, codes, scope.ancestry());
        return thresholdFindings
                .flatMap(byThreshold -> {
                    LocalDate today = LocalDate.now(CHINA);
                    List<Evaluated> evaluated = new ArrayList<>();
                    int reportCount = 0;
                    for (BodyYear target : evaluatedTargets) {
                        ActiveReport current = loaded.at(target);
                        reportCount += current == null ? 0 : 1;
                        List<QualityFinding> found = new ArrayList<>(BodyYearRules.check(facts(scope, loaded, target,
                                copies, today)));
                        if (current != null) {
                            found.addAll(byThreshold.getOrDefault(target, List.of()));
                        }
                        evaluated.add(new Evaluated(target, current == null ? null : current.versionId(),
                                scope.targets().get(target), found));
                    }
                    int reportsRead = reportCount;
                    return ledger.apply(tx, evaluated).map(count -> new Outcome(evaluated, reportsRead, count,
                            copiedByTargets));
                });
    }

    private static ReportFacts facts(Scope scope, Loaded loaded, BodyYear target,
                                     Map<Long, ReportFacts.TextCopy> copies, LocalDate today) {
        Agency body = scope.bodies().get(target.agencyId());
        ActiveReport current = loaded.at(target);
        ActiveReport previous = loaded.at(new BodyYear(target.agencyId(), target.year() - 1));
        Boolean printedMatches = null;
        if (current != null && current.report().agency() != null && !current.report().agency().isBlank()) {
            printedMatches = AgencyDirectory.printsNameOf(current.report().agency(), body,
                    scope.parentNames().get(body.id()));
        }
        return new ReportFacts(new ReportFacts.Body(body.id(), body.code(), body.name(),
                body.kind() == AgencyKind.PEOPLES_GOVERNMENT, body.expectedToReport(target.year())),
                target.year(), version(current, loaded), version(previous, loaded), printedMatches,
                current == null ? null : copies.get(current.versionId()),
                scope.documentFindings().getOrDefault(target, List.of()), today,
                scope.collectedYears().getOrDefault(body.id(), Set.of()).contains(target.year()));
    }

    private static ReportFacts.Version version(ActiveReport report, Loaded loaded) {
        return report == null ? null : new ReportFacts.Version(report.versionId(), report.versionNo(), report.report(),
                loaded.text(report.versionId()), report.positions());
    }
}
