package cn.nianbao.backend.report;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.NotFoundException;
import cn.nianbao.backend.report.persistence.ReportRepository;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reading and storing reports by body code and year, within what the caller may see and change. */
@Service
public class ReportService {

    /** Years count in China's time zone: a report for a year can be stored once that year has begun there. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AgencyDirectory directory;
    private final ReportRepository reports;
    private final AuditLog audit;
    private final Database database;
    private final List<NewVersionChecks> checks;

    public ReportService(AgencyDirectory directory, ReportRepository reports, AuditLog audit, Database database,
                         List<NewVersionChecks> checks) {
        this.directory = directory;
        this.reports = reports;
        this.audit = audit;
        this.database = database;
        this.checks = List.copyOf(checks);
    }

    public Mono<StoredReport> find(Caller caller, String agencyCode, int year) {
        return Mono.fromRunnable(() -> StoreChecks.requirePossibleYear(year))
                .then(directory.visible(caller, agencyCode))
                .flatMap(agency -> reports.findActive(database.autoCommit(), agency.id(), year)
                        .map(active -> new StoredReport(agency, year, active.version(), active.versions(),
                                active.report()))
                        .switchIfEmpty(Mono.error(new NotFoundException(agency.name() + " 没有 " + year + " 年度的年报"))));
    }

    public Flux<ReportSummary> summaries(Caller caller, String regionCode, Integer year) {
        return Mono.fromRunnable(() -> {
                    if (year != null) {
                        StoreChecks.requirePossibleYear(year);
                    }
                })
                .then(directory.visible(caller, regionCode))
                .flatMapMany(region -> reports.summaries(region.code(), year));
    }

    /**
     * {@link #summaries(Caller, String, Integer)} of every year, of a region that {@link AgencyDirectory#visible} has
     * just returned for the caller (so it is not looked up again).
     */
    public Flux<ReportSummary> summaries(Agency visibleRegion) {
        return reports.summaries(visibleRegion.code(), null);
    }

    /** The active versions of the bodies under a region {@link AgencyDirectory#visible} has returned, in these years. */
    public Flux<Publication> publications(Agency visibleRegion, int fromYear, int toYear) {
        return reports.publications(visibleRegion.id(), fromYear, toYear);
    }

    /**
     * Stores the report as a new version of the body's report for that year, or does nothing when it equals the
     * active version; only the body's own clerk or an administrator may. The version, its rows, its source document
     * and the audit record are one transaction.
     */
    public Mono<StoreResult> store(Caller caller, String agencyCode, int year, NewVersion version) {
        return directory.writable(caller, agencyCode).flatMap(agency -> store(agency, year, version, false,
                (tx, result) -> audit.record(tx, caller, version.origin() == VersionOrigin.MANUAL
                                ? AuditAction.REPORT_CORRECTED : AuditAction.REPORT_STORED, agency,
                        agency.name() + " " + year + " 年度年报 第 " + result.versionNo() + " 版", version.reason())));
    }

    /**
     * Stores an imported report like {@link #store}, within the importer's scope: administrators anywhere,
     * supervisors in their region, clerks for their own body (404 outside it, like a body that does not exist). The
     * document the active version was read from, read again, changes nothing (even with another form's defaults).
     * {@code what} says where the document came from, for the audit record.
     */
    public Mono<StoreResult> storeImported(Caller caller, String agencyCode, int year, NewVersion version,
                                           String what) {
        return directory.importable(caller, agencyCode).flatMap(agency -> store(agency, year, version, true,
                (tx, result) -> auditStored(tx, caller, agency, year, result, what)));
    }

    /** A report of a batch to import: the body, the year, the version and where it came from (for the audit record). */
    public record Imported(String agencyCode, int year, NewVersion version, String what) {
    }

    /**
     * How a report of a batch ended: its result, or the error that refused it; neither when it was left for a later
     * batch (its body was being checked by another transaction).
     */
    public record ImportOutcome(StoreResult result, Throwable error) {

        static final ImportOutcome LEFT = new ImportOutcome(null, null);

        public boolean left() {
            return result == null && error == null;
        }
    }

    /**
     * Stores a batch of imported reports like {@link #storeImported(Caller, String, int, NewVersion, String)}, each
     * with the same guarantees, in one transaction and a handful of statements: the scope and the possible years
     * checked per report first (a refusal is that report's outcome), then the versions, their documents, rows and
     * audit records written together, then every {@link NewVersionChecks} on all the new versions at once. When the
     * transaction fails, nothing of it stays and each report is stored again in a transaction of its own, so that a
     * failure touches no other report. A body-year that comes twice is stored the second time after the batch, so
     * that each version is checked as the active one.
     */
    public Mono<List<ImportOutcome>> storeImported(Caller caller, List<Imported> batch) {
        ImportOutcome[] outcomes = new ImportOutcome[batch.size()];
        List<Prepared> together = new ArrayList<>();
        List<Integer> alone = new ArrayList<>();
        Set<String> bodyYears = new HashSet<>();
        int currentYear = Year.now(CHINA).getValue();
        return directory.importable(caller, batch.stream().map(Imported::agencyCode).toList())
                .flatMapMany(inScope -> Flux.range(0, batch.size()).concatMap(index -> {
                    Imported item = batch.get(index);
                    // a body not found in the caller's scope is asked for alone, for the reason
                    Mono<Agency> agency = inScope.containsKey(item.agencyCode())
                            ? Mono.just(inScope.get(item.agencyCode()))
                            : directory.importable(caller, item.agencyCode());
                    return agency
                            .doOnNext(found -> {
                                StoreChecks.refuseImpossible(found, item.year(), item.version(), currentYear);
                                if (bodyYears.add(found.id() + "/" + item.year())) {
                                    together.add(new Prepared(index, found, item.year(),
                                            withYear(item.version(), item.year()), item.what()));
                                } else {
                                    alone.add(index);
                                }
                            })
                            .then()
                            .onErrorResume(error -> {
                                outcomes[index] = new ImportOutcome(null, error);
                                return Mono.empty();
                            });
                }))
                .then(Mono.defer(() -> storeTogether(caller, together, outcomes)))
                .then(Mono.defer(() -> Flux.fromIterable(alone)
                        .concatMap(index -> storeAlone(caller, batch.get(index), outcomes, index))
                        .then()))
                .then(Mono.fromSupplier(() -> List.of(outcomes)));
    }

    /** A report of a batch in scope and possible, with its place in the batch. */
    private record Prepared(int index, Agency agency, int year, NewVersion version, String what) {
    }

    private Mono<Void> storeTogether(Caller caller, List<Prepared> prepared, ImportOutcome[] outcomes) {
        if (prepared.isEmpty()) {
            return Mono.empty();
        }
        // the report rows are locked in one order by every batch, so that two batches never wait in a circle
        List<Prepared> sorted = prepared.stream().sorted(Comparator.comparingLong((Prepared p) -> p.agency().id())
                .thenComparingInt(Prepared::year)).toList();
        return database.inTransaction(tx -> Flux.fromIterable(checks)
                        .concatMap(check -> check.busy(tx, sorted.stream().map(item -> item.agency().id()).toList()))
                        .collect(HashSet<Long>::new, Set::addAll)
                        .flatMap(busy -> {
                            // rather than wait for another batch, leave its bodies' reports for a later one
                            // (a batch of busy bodies only waits for them, so that it is not left again and again)
                            List<Prepared> free = sorted.stream().filter(item -> !busy.contains(item.agency().id()))
                                    .toList();
                            List<Prepared> now = free.isEmpty() ? sorted : free;
                            return storeNow(tx, caller, now).map(results -> new Stored(now, results));
                        }))
                .doOnNext(stored -> {
                    sorted.forEach(item -> outcomes[item.index()] = ImportOutcome.LEFT);
                    for (int i = 0; i < stored.items().size(); i++) {
                        outcomes[stored.items().get(i).index()] = new ImportOutcome(stored.results().get(i), null);
                    }
                })
                .then()
                // the batch as a whole failed (a report the database refused, a lost connection): one by one, so
                // that the failure stays with its report
                .onErrorResume(error -> Flux.fromIterable(sorted)
                        .concatMap(item -> store(item.agency(), item.year(), item.version(), true,
                                (tx, result) -> auditStored(tx, caller, item.agency(), item.year(), result, item.what()))
                                .doOnNext(result -> outcomes[item.index()] = new ImportOutcome(result, null))
                                .onErrorResume(alone -> {
                                    outcomes[item.index()] = new ImportOutcome(null, alone);
                                    return Mono.empty();
                                }))
                        .then());
    }

    /** The reports a batch stored (with their findings), in the order of {@code items}; the others were left. */
    private record Stored(List<Prepared> items, List<StoreResult> results) {
    }

    /** The reports, their audit records and every check on them, in the batch's transaction. */
    private Mono<List<StoreResult>> storeNow(Tx tx, Caller caller, List<Prepared> sorted) {
        return reports.storeAll(tx, sorted.stream().map(item -> new ReportRepository.ToStore(
                                item.agency().id(), item.year(), item.version(),
                                ContentHash.of(item.version().report()))).toList(), true)
                        .flatMap(results -> {
                            List<NewVersionChecks.Stored> created = new ArrayList<>();
                            List<AuditLog.Event> events = new ArrayList<>();
                            for (int i = 0; i < sorted.size(); i++) {
                                Prepared item = sorted.get(i);
                                if (results.get(i).created()) {
                                    created.add(new NewVersionChecks.Stored(item.agency(), item.year(),
                                            results.get(i), item.version()));
                                    events.add(new AuditLog.Event(item.agency(), storedTarget(item.agency(),
                                            item.year(), results.get(i)), item.what()));
                                }
                            }
                            return audit.recordAll(tx, caller, AuditAction.REPORT_STORED, events)
                                    .then(Flux.fromIterable(checks).concatMap(check -> check.checkAll(tx, created))
                                            .collectList())
                                    .flatMap(perCheck -> Flux.range(0, sorted.size())
                                            .concatMap(i -> findingsOfBatch(tx, sorted.get(i), results.get(i),
                                                    created, perCheck))
                                            .collectList());
                        });
    }

    /** A result of the batch with its findings: the checks' for a new version, those kept for an unchanged one. */
    private Mono<StoreResult> findingsOfBatch(Tx tx, Prepared item, StoreResult result,
                                              List<NewVersionChecks.Stored> created,
                                              List<List<List<Finding>>> perCheck) {
        if (!result.created()) {
            return findings(checks.stream().map(check -> check.findingsOf(tx, item.agency(), item.year())).toList())
                    .map(result::withFindings);
        }
        int at = 0;
        while (created.get(at).result() != result) {
            at++;
        }
        List<Finding> found = new ArrayList<>();
        for (List<List<Finding>> ofCheck : perCheck) {
            found.addAll(ofCheck.get(at));
        }
        return Mono.just(result.withFindings(found));
    }

    private Mono<Void> storeAlone(Caller caller, Imported item, ImportOutcome[] outcomes, int index) {
        return storeImported(caller, item.agencyCode(), item.year(), item.version(), item.what())
                .doOnNext(result -> outcomes[index] = new ImportOutcome(result, null))
                .onErrorResume(error -> {
                    outcomes[index] = new ImportOutcome(null, error);
                    return Mono.empty();
                })
                .then();
    }

    private Mono<Void> auditStored(Tx tx, Caller caller, Agency agency, int year, StoreResult result, String what) {
        return audit.record(tx, caller, AuditAction.REPORT_STORED, agency, storedTarget(agency, year, result), what);
    }

    private static String storedTarget(Agency agency, int year, StoreResult result) {
        return agency.name() + " " + year + " 年度年报 第 " + result.versionNo() + " 版";
    }

    /** Version {@code versionNo} of a body's report, with the version history; 404 when the caller may not see it. */
    public Mono<StoredReport> findVersion(Caller caller, String agencyCode, int year, int versionNo) {
        return Mono.fromRunnable(() -> requireVersion(year, versionNo))
                .then(directory.visible(caller, agencyCode))
                .flatMap(agency -> reports.findVersion(database.autoCommit(), agency.id(), year, versionNo)
                        .map(found -> new StoredReport(agency, year, found.version(), found.versions(), found.report()))
                        .switchIfEmpty(Mono.error(noVersion(agency, year, versionNo))));
    }

    /**
     * Makes an older version active again, with a reason: administrators anywhere, supervisors in their region. The
     * pointer, the audit record and the quality findings of the version now active are one transaction. The answer
     * carries that version's current findings; {@code created} is false (no version is made).
     */
    public Mono<StoreResult> activate(Caller caller, String agencyCode, int year, int versionNo, String reason) {
        return Mono.fromRunnable(() -> {
                    requireVersion(year, versionNo);
                    if (reason == null || reason.isBlank()) {
                        throw new BadRequestException("reason", "恢复历史版本必须填写原因");
                    }
                    if (reason.length() > 1000) {
                        throw new BadRequestException("reason", "原因最多 1000 个字符，收到 " + reason.length() + " 个");
                    }
                })
                .then(directory.supervised(caller, agencyCode, "恢复年报的历史版本"))
                .flatMap(agency -> database.inTransaction(tx -> reports.activate(tx, agency.id(), year, versionNo)
                        .switchIfEmpty(Mono.error(noVersion(agency, year, versionNo)))
                        .flatMap(activation -> !activation.changed() ? Mono.<Void>empty()
                                : audit.record(tx, caller, AuditAction.VERSION_ACTIVATED, agency,
                                                agency.name() + " " + year + " 年度年报 第 " + versionNo + " 版", reason.strip())
                                        .then(Flux.concat(checks.stream().map(check -> check.activated(tx, agency, year))
                                                .toList()).then()))
                        .then(Mono.defer(() -> findings(checks.stream()
                                .map(check -> check.findingsOf(tx, agency, year)).toList())))
                        .map(found -> new StoreResult(versionNo, false, found))));
    }

    private static void requireVersion(int year, int versionNo) {
        StoreChecks.requirePossibleYear(year);
        if (versionNo < 1) {
            throw new NotFoundException("版本号应为正整数，收到 " + versionNo);
        }
    }

    private static NotFoundException noVersion(Agency agency, int year, int versionNo) {
        return new NotFoundException(agency.name() + " " + year + " 年度年报没有第 " + versionNo + " 版");
    }

    /** Stores on behalf of the system itself (the demo data), not of a person: nobody to audit. */
    public Mono<StoreResult> storeAsSystem(String agencyCode, int year, NewVersion version) {
        return directory.byCode(agencyCode)
                .switchIfEmpty(Mono.error(AgencyDirectory.notFound(agencyCode)))
                .flatMap(agency -> store(agency, year, version, false, (tx, result) -> Mono.empty()));
    }

    /**
     * The document a version was read from, for download; the download is recorded as an export. 404 when the
     * caller may not see the body, or the version does not exist or was not read from a document.
     */
    public Mono<SourceDocument> source(Caller caller, String agencyCode, int year, int versionNo) {
        return Mono.fromRunnable(() -> {
                    StoreChecks.requirePossibleYear(year);
                    if (versionNo < 1) {
                        throw new NotFoundException("版本号应为正整数，收到 " + versionNo);
                    }
                })
                .then(directory.visible(caller, agencyCode))
                .flatMap(agency -> reports.source(database.autoCommit(), agency.id(), year, versionNo)
                        .switchIfEmpty(Mono.error(new NotFoundException(
                                agency.name() + " " + year + " 年度年报没有第 " + versionNo + " 版")))
                        .flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(new NotFoundException(
                                agency.name() + " " + year + " 年度年报第 " + versionNo + " 版不是由文件导入的，没有原件"))))
                        .flatMap(document -> audit.record(caller, AuditAction.EXPORT, agency,
                                agency.name() + " " + year + " 年度年报 第 " + versionNo + " 版 原件 "
                                        + document.fileName(), document.mediaType()).thenReturn(document)));
    }

    /** What happens in the store's transaction once a new version is made (the audit record). */
    @FunctionalInterface
    private interface AfterNewVersion {
        Mono<Void> run(Tx tx, StoreResult result);
    }

    /**
     * The version, its rows, the audit record and the checks' findings in one transaction. The answer carries the
     * findings of the active version: those just made for a new one, those kept for an unchanged one.
     */
    private Mono<StoreResult> store(Agency agency, int year, NewVersion version, boolean sameDocumentIsSame,
                                    AfterNewVersion after) {
        return Mono.fromRunnable(() -> StoreChecks.refuseImpossible(agency, year, version, Year.now(CHINA).getValue()))
                .then(Mono.defer(() -> {
                    NewVersion complete = withYear(version, year);
                    AnnualReport withYear = complete.report();
                    return database.inTransaction(tx -> reports.store(tx, agency.id(), year, complete,
                                    ContentHash.of(withYear), sameDocumentIsSame)
                            .flatMap(result -> result.created()
                                    ? after.run(tx, result).then(Mono.defer(() -> findings(checks.stream()
                                            .map(check -> check.check(tx, agency, year, result, complete)).toList())))
                                            .map(result::withFindings)
                                    : Mono.defer(() -> findings(checks.stream()
                                            .map(check -> check.findingsOf(tx, agency, year)).toList()))
                                            .map(result::withFindings)));
                }));
    }

    /** The version with the year it is stored under (a report that names none takes it). */
    private static NewVersion withYear(NewVersion version, int year) {
        AnnualReport report = version.report();
        AnnualReport withYear = new AnnualReport(report.format(), report.agency(), year, report.signedOn(),
                report.proactive(), report.requests(), report.reviews(), report.details());
        return new NewVersion(withYear, version.origin(), version.createdBy(), version.reason(), version.source(),
                version.documentFindings(), version.positions());
    }

    private static Mono<List<Finding>> findings(List<Mono<List<Finding>>> each) {
        return Flux.concat(each).flatMapIterable(list -> list).collectList();
    }
}
