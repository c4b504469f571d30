package cn.nianbao.backend.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.quality.persistence.BodyLocks;
import cn.nianbao.backend.quality.persistence.FindingRepository;
import cn.nianbao.backend.quality.persistence.ThresholdRuleRepository;
import cn.nianbao.backend.quality.rules.QualityFinding;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.NewVersionChecks;
import cn.nianbao.backend.report.StoreResult;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The rules on a version as it is stored, in the store's transaction: the version's own findings (the parser's of
 * its document included), the next year's report of the body again (its carry-over and in-force chains and its
 * repeated text compare with this one), and other bodies' reports of the year whose text this one copies or whose
 * finding named this body's previous text. A body being checked by another unit of work at the same moment is left
 * to the next run.
 */
@Service
class QualityChecks implements NewVersionChecks {

    private final QualityEvaluation evaluation;
    private final AgencyDirectory directory;
    private final ThresholdRuleRepository rules;
    private final FindingRepository findings;
    private final BodyLocks locks;

    QualityChecks(QualityEvaluation evaluation, AgencyDirectory directory, ThresholdRuleRepository rules,
                  FindingRepository findings, BodyLocks locks) {
        this.evaluation = evaluation;
        this.directory = directory;
        this.rules = rules;
        this.findings = findings;
        this.locks = locks;
    }

    @Override
    public Mono<List<Finding>> check(Tx tx, Agency agency, int year, StoreResult stored, NewVersion version) {
        return evaluate(tx, List.of(new Target(agency, year, version.documentFindings())), Evaluated.Replaces.ALL)
                .map(List::getFirst);
    }

    /**
     * The versions of a batch checked together, as the runs over a region do: the bodies' locks in one statement,
     * one evaluation of every stored body-year and of the year after each, the other bodies to check again once.
     */
    @Override
    public Mono<List<List<Finding>>> checkAll(Tx tx, List<Stored> stored) {
        return evaluate(tx, stored.stream().map(each -> new Target(each.agency(), each.year(),
                each.version().documentFindings())).toList(), Evaluated.Replaces.ALL);
    }

    /** The bodies whose lock another unit of work holds; the locks of the others are taken. */
    @Override
    public Mono<Set<Long>> busy(Tx tx, Collection<Long> agencyIds) {
        return Flux.fromIterable(agencyIds.stream().distinct().sorted().toList())
                .filterWhen(id -> locks.tryLock(tx, id).map(taken -> !taken))
                .collect(HashSet::new, Set::add);
    }

    /** The parser's findings of the version made active stay with it: only the rules are run again. */
    @Override
    public Mono<List<Finding>> activated(Tx tx, Agency agency, int year) {
        return evaluate(tx, List.of(new Target(agency, year, List.of())), Evaluated.Replaces.RULES)
                .map(List::getFirst);
    }

    /** A body-year whose active version changed, with the parser's findings of its document. */
    private record Target(Agency agency, int year, List<Finding> documentFindings) {

        BodyYear bodyYear() {
            return new BodyYear(agency.id(), year);
        }
    }

    /** The findings of each target, in their order. */
    private Mono<List<List<Finding>>> evaluate(Tx tx, List<Target> changed, Evaluated.Replaces replaces) {
        if (changed.isEmpty()) {
            return Mono.just(List.of());
        }
        Map<Long, Agency> bodies = new HashMap<>();
        Map<BodyYear, Evaluated.Replaces> targets = new HashMap<>();
        Map<BodyYear, List<Finding>> documentFindings = new HashMap<>();
        for (Target target : changed) {
            bodies.put(target.agency().id(), target.agency());
            targets.putIfAbsent(new BodyYear(target.agency().id(), target.year() + 1), Evaluated.Replaces.RULES);
        }
        Set<BodyYear> storedNow = new HashSet<>();
        for (Target target : changed) {
            targets.put(target.bodyYear(), replaces);
            documentFindings.put(target.bodyYear(), target.documentFindings());
            storedNow.add(target.bodyYear());
        }
        Set<BodyYear> nextOnly = new HashSet<>(targets.keySet());
        nextOnly.removeAll(storedNow);
        return locks.lock(tx, bodies.keySet())
                .then(findings.repeatingTextOf(tx, changed.stream()
                                .map(target -> Map.entry(target.agency().id(), target.year())).toList())
                        .map(kept -> new BodyYear(kept.agencyId(), kept.year()))
                        .collect(HashSet<BodyYear>::new, Set::add))
                .flatMap(namedThisText -> scope(tx, List.copyOf(bodies.values()), targets, nextOnly,
                        documentFindings, storedNow)
                        .flatMap(scope -> evaluation.evaluate(tx, scope))
                        .flatMap(outcome -> {
                            Set<BodyYear> others = new HashSet<>(namedThisText);
                            others.addAll(outcome.copiedByTargets());
                            others.removeAll(targets.keySet());
                            return recheckOthers(tx, others).thenReturn(outcome);
                        }))
                .map(outcome -> {
                    Map<BodyYear, List<Finding>> found = new HashMap<>();
                    outcome.evaluated().stream().filter(e -> storedNow.contains(e.bodyYear()))
                            .forEach(e -> found.put(e.bodyYear(), e.findings().stream()
                                    .map(QualityFinding::toFinding).toList()));
                    return changed.stream().map(target -> found.getOrDefault(target.bodyYear(), List.of())).toList();
                });
    }

    @Override
    public Mono<List<Finding>> findingsOf(Tx tx, Agency agency, int year) {
        return findings.list(tx, new FindingFilter(agency.id(), true, agency.id(), year, year, null, null, null, 0,
                        FindingQueries.MAX_LIMIT))
                .map(view -> new Finding(view.code(), Severity.fromCode(view.severity()).orElseThrow(), view.message(),
                        view.cells(), ContractJson.readSource(view.source())))
                .collectList();
    }

    /** Other bodies' reports of the year to check again, those whose body nobody else is checking right now. */
    private Mono<Void> recheckOthers(Tx tx, Set<BodyYear> others) {
        if (others.isEmpty()) {
            return Mono.empty();
        }
        return Flux.fromIterable(others.stream().map(BodyYear::agencyId).distinct().sorted().toList())
                .filterWhen(id -> locks.tryLock(tx, id))
                .collectList()
                .flatMap(free -> directory.byIds(free))
                .flatMap(bodies -> {
                    Set<Long> ids = new HashSet<>();
                    bodies.forEach(body -> ids.add(body.id()));
                    Map<BodyYear, Evaluated.Replaces> targets = new HashMap<>();
                    others.stream().filter(bodyYear -> ids.contains(bodyYear.agencyId()))
                            .forEach(bodyYear -> targets.put(bodyYear, Evaluated.Replaces.RULES));
                    return scope(tx, bodies, targets, Set.of(), Map.of(), Set.of());
                })
                .flatMap(scope -> evaluation.evaluate(tx, scope))
                .then();
    }

    /** The scope of an evaluation of a few bodies: their parents' names, their lines and their threshold rules. */
    private Mono<QualityEvaluation.Scope> scope(Tx tx, List<Agency> bodies, Map<BodyYear, Evaluated.Replaces> targets,
                                                Set<BodyYear> reportedOnly,
                                                Map<BodyYear, List<Finding>> documentFindings,
                                                Set<BodyYear> reindex) {
        Map<Long, Agency> byId = new HashMap<>();
        bodies.forEach(body -> byId.put(body.id(), body));
        Map<Long, String> parentNames = new HashMap<>();
        Map<Long, Set<Long>> ancestry = new HashMap<>();
        return directory.lineages(byId.keySet())
                .flatMap(lines -> {
                    lines.forEach((id, line) -> ancestry.put(id, new HashSet<>(line)));
                    // a line runs from the body itself upwards: its second id is the parent's
                    Map<Long, Long> parentOf = new HashMap<>();
                    lines.forEach((id, line) -> {
                        if (line.size() > 1) {
                            parentOf.put(id, line.get(1));
                        }
                    });
                    return directory.byIds(new HashSet<>(parentOf.values())).map(parents -> {
                        Map<Long, String> names = new HashMap<>();
                        parents.forEach(parent -> names.put(parent.id(), parent.name()));
                        parentOf.forEach((id, parent) -> parentNames.put(id, names.get(parent)));
                        return ancestry;
                    });
                })
                .then(Mono.defer(() -> {
                    Set<Long> regions = new HashSet<>();
                    ancestry.values().forEach(regions::addAll);
                    return rules.ofRegions(tx, regions).collectList();
                }))
                .map(applicable -> {
                    List<ThresholdEvaluation.Plan> plans = new ArrayList<>();
                    for (ThresholdRule rule : applicable) {
                        for (Agency body : bodies) {
                            if (ancestry.getOrDefault(body.id(), Set.of()).contains(rule.regionId())) {
                                plans.add(new ThresholdEvaluation.Plan(rule, body.code(), false));
                            }
                        }
                    }
                    // every body-year checked here has a report: none can be missing, the years collected do not matter
                    return new QualityEvaluation.Scope(byId, parentNames, targets, reportedOnly, documentFindings,
                            plans, ancestry, reindex, null, Map.of());
                });
    }
}
