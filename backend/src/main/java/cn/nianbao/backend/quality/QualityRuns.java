package cn.nianbao.backend.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.ForbiddenException;
import cn.nianbao.backend.platform.web.NotFoundException;
import cn.nianbao.backend.platform.web.RequestLimits;
import cn.nianbao.backend.platform.web.YearRange;
import cn.nianbao.backend.quality.persistence.BodyLocks;
import cn.nianbao.backend.quality.persistence.FindingRepository;
import cn.nianbao.backend.quality.persistence.NarrativeBandRepository;
import cn.nianbao.backend.quality.persistence.RunRepository;
import cn.nianbao.backend.quality.persistence.ThresholdRuleRepository;
import cn.nianbao.backend.quality.rules.MinHashSignature;
import cn.nianbao.backend.quality.rules.NarrativeText;
import cn.nianbao.backend.quality.rules.PublicationDeadline;
import cn.nianbao.backend.report.ActiveReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs every rule over a region (or over every body) again — on demand, after the built-in rules change with a new
 * release — and keeps the counts of current findings it leaves, region by region, for the history chart.
 *
 * <p>A run works through the bodies a chunk at a time, each chunk one transaction holding its bodies' locks: every
 * year each body has a report for, is expected to report for (once the deadline has passed), or has findings for.
 * The narratives are indexed first (MinHash bands), so that copies are found across chunks.
 */
@Service
public class QualityRuns {

    private static final Logger log = LoggerFactory.getLogger(QualityRuns.class);

    /** Bodies per transaction. */
    static final int CHUNK = 200;
    public static final int MAX_LISTED = 50;

    private final AgencyDirectory directory;
    private final QualityEvaluation evaluation;
    private final ThresholdEvaluation thresholds;
    private final ThresholdRuleRepository rules;
    private final RunRepository runs;
    private final FindingRepository findings;
    private final NarrativeBandRepository bands;
    private final ActiveReports reports;
    private final BodyLocks locks;
    private final AuditLog audit;
    private final Database database;

    public QualityRuns(AgencyDirectory directory, QualityEvaluation evaluation, ThresholdEvaluation thresholds,
                       ThresholdRuleRepository rules, RunRepository runs, FindingRepository findings,
                       NarrativeBandRepository bands, ActiveReports reports, BodyLocks locks, AuditLog audit,
                       Database database) {
        this.directory = directory;
        this.evaluation = evaluation;
        this.thresholds = thresholds;
        this.rules = rules;
        this.runs = runs;
        this.findings = findings;
        this.bands = bands;
        this.reports = reports;
        this.locks = locks;
        this.audit = audit;
        this.database = database;
    }

    /**
     * Starts a run over the region (an administrator may name none: every body) and answers at once with the run;
     * the rules go on in the background. A run of the same region already running is answered instead of a new one.
     */
    public Mono<QualityRun> start(Caller caller, String regionCode) {
        if (caller.role() != Role.ADMIN && caller.role() != Role.SUPERVISOR) {
            return Mono.error(new ForbiddenException("只有管理员和督查可以运行质量检查"));
        }
        boolean everything = regionCode == null || regionCode.isBlank();
        if (everything && !caller.isAdmin()) {
            return Mono.error(new BadRequestException("region", "请指定要检查的地区（region）"));
        }
        Mono<Agency> region = everything ? Mono.empty() : directory.visible(caller, regionCode);
        return region.map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(chosen -> runs.running(database.autoCommit(), chosen.map(Agency::id).orElse(null))
                        .switchIfEmpty(Mono.defer(() -> begin(chosen.orElse(null), QualityRun.REQUESTED,
                                caller.username())
                                .flatMap(run -> audit.record(caller, AuditAction.QUALITY_RUN, chosen.orElse(null),
                                        "质量检查 #" + run.id() + " " + chosen.map(Agency::name).orElse("全部机构"),
                                        null).thenReturn(run)))));
    }

    /** Runs the rules over the region (null: everything) and waits for the end: for the system itself. */
    public Mono<QualityRun> runNow(String regionCode, String reason, String startedBy) {
        Mono<Agency> region = regionCode == null ? Mono.empty() : directory.byCode(regionCode)
                .switchIfEmpty(Mono.error(AgencyDirectory.notFound(regionCode)));
        return region.map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(chosen -> runs.start(database.autoCommit(), chosen.map(Agency::id).orElse(null), reason,
                                startedBy)
                        .flatMap(id -> process(id, chosen.orElse(null)).then(runs.find(database.autoCommit(), id))));
    }

    public Mono<QualityRun> find(Caller caller, String runId) {
        return Mono.fromCallable(() -> RequestLimits.id("id", runId))
                .flatMap(id -> runs.find(database.autoCommit(), id)
                        .filterWhen(run -> run.regionCode() == null ? Mono.just(caller.isAdmin())
                                : directory.visible(caller, run.regionCode()).hasElement()
                                        .onErrorReturn(NotFoundException.class, false))
                        .switchIfEmpty(Mono.error(new NotFoundException("没有编号为 " + id + " 的质量检查"))));
    }

    /** The latest runs over the region or regions within it. */
    public Flux<QualityRun> recent(Caller caller, String regionCode, String limit) {
        int bounded = RequestLimits.number("limit", limit, 1, MAX_LISTED, 20);
        return directory.visible(caller, regionCode)
                .flatMapMany(region -> runs.recent(database.autoCommit(), region.id(), bounded));
    }

    /** Forgets the narratives' signatures, for the next run to make them anew (the way they are made changed). */
    Mono<Void> forgetSignatures() {
        return bands.clear(database.autoCommit());
    }

    /** Fails the runs a stopped backend left running. */
    Mono<Integer> failInterrupted() {
        return runs.failInterrupted(database.autoCommit());
    }

    private Mono<QualityRun> begin(Agency region, String reason, String startedBy) {
        return runs.start(database.autoCommit(), region == null ? null : region.id(), reason, startedBy)
                .flatMap(id -> {
                    process(id, region).subscribe(null, error -> log.error("质量检查 #{} 失败", id, error));
                    return runs.find(database.autoCommit(), id);
                });
    }

    /** The run itself; the run's record says how it ended. */
    private Mono<Void> process(long runId, Agency region) {
        long started = System.nanoTime();
        Mono<List<Agency>> bodies = region == null ? directory.everyBody() : directory.subtree(region.code());
        return bodies.flatMap(list -> Mono.zip(parentNames(region, list), ancestry(region, list),
                                collectedYears(region, list))
                        .flatMap(all -> run(runId, region, list, all.getT1(), all.getT2(), all.getT3())))
                .flatMap(totals -> runs.finish(database.autoCommit(), runId, QualityRun.FINISHED, totals[0],
                        totals[1], totals[2], null)
                        .doOnSuccess(done -> log.info("质量检查 #{}（{}）完成：{} 个机构年度、{} 份年报、{} 个问题，{} ms",
                                runId, region == null ? "全部机构" : region.name(), totals[0], totals[1], totals[2],
                                (System.nanoTime() - started) / 1_000_000)))
                .onErrorResume(error -> {
                    log.error("质量检查 #{} 失败", runId, error);
                    return runs.finish(database.autoCommit(), runId, QualityRun.FAILED, null, null, null,
                            "检查中断：" + error.getClass().getSimpleName());
                });
    }

    /** body-years, reports, findings. */
    private Mono<int[]> run(long runId, Agency region, List<Agency> bodies, Map<Long, String> parentNames,
                            Map<Long, Set<Long>> ancestry, Map<Long, Set<Integer>> collectedYears) {
        int thisYear = LocalDate.now(QualityEvaluation.CHINA).getYear();
        Map<Long, String> codes = new HashMap<>();
        bodies.forEach(body -> codes.put(body.id(), body.code()));
        List<List<Agency>> chunks = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i += CHUNK) {
            chunks.add(bodies.subList(i, Math.min(bodies.size(), i + CHUNK)));
        }
        int[] totals = new int[3];
        return plans(region, bodies, ancestry)
                .flatMap(plans -> thresholds.findings(database.autoCommit(), plans, YearRange.FIRST_YEAR, thisYear,
                        bodyYear -> true, codes, ancestry))
                .flatMap(thresholdsFound -> Flux.fromIterable(chunks).concatMap(this::index).then(Mono.just(
                        thresholdsFound)))
                .flatMap(thresholdsFound -> Flux.fromIterable(chunks)
                        .concatMap(chunk -> database.inTransaction(tx -> locks.lock(tx, ids(chunk))
                                .then(targets(tx, chunk, thisYear))
                                .flatMap(targets -> evaluation.evaluate(tx, new QualityEvaluation.Scope(byId(chunk),
                                        parentNames, targets, Set.of(), Map.of(), List.of(), ancestry, Set.of(),
                                        thresholdsFound, collectedYears)))))
                        .doOnNext(outcome -> {
                            totals[0] += outcome.evaluated().size();
                            totals[1] += outcome.reports();
                            totals[2] += outcome.findings();
                        })
                        .then())
                .then(Mono.defer(() -> runs.snapshot(database.autoCommit(), runId, regions(region, bodies))))
                .thenReturn(totals);
    }

    /** Indexes the narratives of the chunk's active versions that have not been looked at yet. */
    private Mono<Void> index(List<Agency> chunk) {
        return database.inTransaction(tx -> locks.lock(tx, ids(chunk))
                .then(bands.notLookedAt(tx, ids(chunk)).collectList())
                .flatMap(versions -> reports.narratives(tx, versions)
                        .map(read -> new NarrativeBandRepository.Bands(read.versionId(), read.agencyId(), read.year(),
                                MinHashSignature.bands(NarrativeText.ofSections(read.sections()))))
                        .collectList())
                .flatMap(indexed -> bands.replace(tx, indexed))
                .thenReturn(true)).then();
    }

    /**
     * The chunk's body-years: every year with a report, every year expected whose deadline has passed, and every
     * year with findings kept (they may have to go).
     */
    private Mono<Map<BodyYear, Evaluated.Replaces>> targets(Tx tx,
                                                            List<Agency> chunk, int thisYear) {
        Set<Long> ids = ids(chunk);
        Map<BodyYear, Evaluated.Replaces> targets = new HashMap<>();
        LocalDate today = LocalDate.now(QualityEvaluation.CHINA);
        for (Agency body : chunk) {
            int lastDue = PublicationDeadline.lastDueYear(today, body.kind() == AgencyKind.PEOPLES_GOVERNMENT);
            for (int year = YearRange.FIRST_YEAR; year <= lastDue; year++) {
                if (body.expectedToReport(year)) {
                    targets.put(new BodyYear(body.id(), year), Evaluated.Replaces.RULES);
                }
            }
        }
        return reports.keys(tx, ids, YearRange.FIRST_YEAR, thisYear)
                .doOnNext(key -> targets.put(new BodyYear(key.agencyId(), key.year()), Evaluated.Replaces.RULES))
                .thenMany(findings.kept(tx, ids, YearRange.FIRST_YEAR, thisYear + 1))
                .filter(kept -> !kept.resolved())
                .doOnNext(kept -> targets.put(new BodyYear(kept.agencyId(), kept.year()), Evaluated.Replaces.RULES))
                .then(Mono.just(targets));
    }

    /**
     * The threshold rules that apply to the run's bodies, each read once: over the run's region when the rule is
     * the region's or above it, over the rule's own region when that lies within.
     */
    private Mono<List<ThresholdEvaluation.Plan>> plans(Agency region, List<Agency> bodies,
                                                       Map<Long, Set<Long>> ancestry) {
        Map<Long, Agency> byId = byId(bodies);
        Set<Long> above = region == null ? Set.of() : ancestry.getOrDefault(region.id(), Set.of());
        return rules.all(database.autoCommit()).collectList().map(all -> {
            List<ThresholdEvaluation.Plan> plans = new ArrayList<>();
            for (ThresholdRule rule : all) {
                if (above.contains(rule.regionId())) {
                    plans.add(new ThresholdEvaluation.Plan(rule, region.code(), true));
                } else if (byId.containsKey(rule.regionId())) {
                    plans.add(new ThresholdEvaluation.Plan(rule, byId.get(rule.regionId()).code(), true));
                }
            }
            return plans;
        });
    }

    /**
     * For each body, the years with a report anywhere in its top-level region: a run over a region reads its
     * top-level region's once, a run over everything each tree's.
     */
    private Mono<Map<Long, Set<Integer>>> collectedYears(Agency region, List<Agency> bodies) {
        Map<String, Agency> byCode = new HashMap<>();
        bodies.forEach(body -> byCode.put(body.code(), body));
        Mono<Map<Long, Long>> rootOf = region == null
                ? Mono.fromSupplier(() -> {
                    Map<Long, Long> roots = new HashMap<>();
                    for (Agency body : bodies) {
                        Agency top = body;
                        int guard = 0;
                        while (top.parentCode() != null && byCode.containsKey(top.parentCode())
                                && guard++ <= AgencyDirectory.MAX_DEPTH * 4) {
                            top = byCode.get(top.parentCode());
                        }
                        roots.put(body.id(), top.id());
                    }
                    return roots;
                })
                : directory.lineage(region).map(line -> {
                    Map<Long, Long> roots = new HashMap<>();
                    bodies.forEach(body -> roots.put(body.id(), line.getLast()));
                    return roots;
                });
        return rootOf.flatMap(roots -> Flux.fromIterable(new HashSet<>(roots.values()))
                .concatMap(root -> reports.yearsUnder(database.autoCommit(), root)
                        .map(years -> Map.entry(root, years)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(yearsByRoot -> {
                    Map<Long, Set<Integer>> collected = new HashMap<>();
                    roots.forEach((body, root) -> collected.put(body, yearsByRoot.get(root)));
                    return collected;
                }));
    }

    /** Each body's parent's name: from the list, and for the region itself, read. */
    private Mono<Map<Long, String>> parentNames(Agency region, List<Agency> bodies) {
        Map<String, String> nameByCode = new HashMap<>();
        bodies.forEach(body -> nameByCode.put(body.code(), body.name()));
        Map<Long, String> names = new HashMap<>();
        bodies.forEach(body -> {
            if (body.parentCode() != null && nameByCode.containsKey(body.parentCode())) {
                names.put(body.id(), nameByCode.get(body.parentCode()));
            }
        });
        if (region == null || region.parentCode() == null) {
            return Mono.just(names);
        }
        return directory.byCode(region.parentCode()).doOnNext(parent -> names.put(region.id(), parent.name()))
                .thenReturn(names);
    }

    /** Each body's id with the ids of the bodies above it: within the list, and the region's own line above. */
    private Mono<Map<Long, Set<Long>>> ancestry(Agency region, List<Agency> bodies) {
        Mono<List<Long>> line = region == null ? Mono.just(List.of()) : directory.lineage(region);
        return line.map(above -> {
            Map<String, Agency> byCode = new HashMap<>();
            bodies.forEach(body -> byCode.put(body.code(), body));
            Map<Long, Set<Long>> ancestry = new HashMap<>();
            for (Agency body : bodies) {
                Set<Long> ids = new HashSet<>(above);
                Agency at = body;
                int guard = 0;
                while (at != null && guard++ <= AgencyDirectory.MAX_DEPTH * 4) {
                    ids.add(at.id());
                    at = at.parentCode() == null ? null : byCode.get(at.parentCode());
                }
                ancestry.put(body.id(), ids);
            }
            return ancestry;
        });
    }

    /** The regions a run counts for: its own, and every body with bodies under it. */
    private static Set<Long> regions(Agency region, List<Agency> bodies) {
        Set<String> parents = new HashSet<>();
        bodies.forEach(body -> {
            if (body.parentCode() != null) {
                parents.add(body.parentCode());
            }
        });
        Set<Long> regions = new HashSet<>();
        if (region != null) {
            regions.add(region.id());
        }
        bodies.stream().filter(body -> parents.contains(body.code()) || body.parentCode() == null)
                .forEach(body -> regions.add(body.id()));
        return regions;
    }

    private static Set<Long> ids(List<Agency> bodies) {
        Set<Long> ids = new HashSet<>();
        bodies.forEach(body -> ids.add(body.id()));
        return ids;
    }

    private static Map<Long, Agency> byId(List<Agency> bodies) {
        Map<Long, Agency> byId = new HashMap<>();
        bodies.forEach(body -> byId.put(body.id(), body));
        return byId;
    }
}
