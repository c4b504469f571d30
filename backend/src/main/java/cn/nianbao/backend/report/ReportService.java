package cn.nianbao.backend.report;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;

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
                .flatMapMany(region -> reports.summaries(database.autoCommit(), region.code(), year));
    }

    /**
     * Stores the report as a new version of the body's report for that year, or does nothing when it equals the
     * active version; only the body's own clerk or an administrator may. The version, its rows, its source document
     * and the audit record are one transaction.
     */
    public Mono<StoreResult> store(Caller caller, String agencyCode, int year, NewVersion version) {
        return directory.writable(caller, agencyCode).flatMap(agency -> store(agency, year, version,
                (tx, result) -> audit.record(tx, caller, version.origin() == VersionOrigin.MANUAL
                                ? AuditAction.REPORT_CORRECTED : AuditAction.REPORT_STORED, agency,
                        agency.name() + " " + year + " 年度年报 第 " + result.versionNo() + " 版", version.reason())));
    }

    /**
     * Stores an imported report like {@link #store}, within the importer's scope: administrators anywhere,
     * supervisors in their region, clerks for their own body (404 outside it, like a body that does not exist).
     * {@code what} says where the document came from, for the audit record.
     */
    public Mono<StoreResult> storeImported(Caller caller, String agencyCode, int year, NewVersion version,
                                           String what) {
        return directory.importable(caller, agencyCode).flatMap(agency -> store(agency, year, version,
                (tx, result) -> audit.record(tx, caller, AuditAction.REPORT_STORED, agency,
                        agency.name() + " " + year + " 年度年报 第 " + result.versionNo() + " 版", what)));
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
                .flatMap(agency -> store(agency, year, version, (tx, result) -> Mono.empty()));
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
    private Mono<StoreResult> store(Agency agency, int year, NewVersion version, AfterNewVersion after) {
        return Mono.fromRunnable(() -> StoreChecks.refuseImpossible(agency, year, version, Year.now(CHINA).getValue()))
                .then(Mono.defer(() -> {
                    AnnualReport report = version.report();
                    AnnualReport withYear = new AnnualReport(report.format(), report.agency(), year,
                            report.signedOn(), report.proactive(), report.requests(), report.reviews(),
                            report.details());
                    NewVersion complete = new NewVersion(withYear, version.origin(), version.createdBy(),
                            version.reason(), version.source(), version.documentFindings());
                    return database.inTransaction(tx -> reports.store(tx, agency.id(), year, complete,
                                    ContentHash.of(withYear))
                            .flatMap(result -> result.created()
                                    ? after.run(tx, result).then(Mono.defer(() -> findings(checks.stream()
                                            .map(check -> check.check(tx, agency, year, result, complete)).toList())))
                                            .map(result::withFindings)
                                    : Mono.defer(() -> findings(checks.stream()
                                            .map(check -> check.findingsOf(tx, agency, year)).toList()))
                                            .map(result::withFindings)));
                }));
    }

    private static Mono<List<Finding>> findings(List<Mono<List<Finding>>> each) {
        return Flux.concat(each).flatMapIterable(list -> list).collectList();
    }
}
