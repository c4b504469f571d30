package cn.nianbao.backend.report;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyScope;
import cn.nianbao.backend.agency.persistence.AgencyRepository;
import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.contract.AnnualReport;
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

    public static final int FIRST_YEAR = 2008;
    public static final int LAST_YEAR = 2100;

    private final AgencyRepository agencies;
    private final AgencyScope scope;
    private final ReportRepository reports;
    private final AuditLog audit;

    public ReportService(AgencyRepository agencies, AgencyScope scope, ReportRepository reports, AuditLog audit) {
        this.agencies = agencies;
        this.scope = scope;
        this.reports = reports;
        this.audit = audit;
    }

    public Mono<StoredReport> find(Caller caller, String agencyCode, int year) {
        return scope.visible(caller, agencyCode).flatMap(agency -> reports.findActive(agency.id(), year)
                .map(active -> new StoredReport(agency, year, active.version(), active.versions(), active.report()))
                .switchIfEmpty(Mono.error(new NotFoundException(agency.name() + " 没有 " + year + " 年度的年报"))));
    }

    public Flux<ReportSummary> summaries(Caller caller, String regionCode, Integer year) {
        return scope.visible(caller, regionCode).flatMapMany(region -> reports.summaries(region.code(), year));
    }

    /**
     * Stores the report as a new version of the body's report for that year, or does nothing when it equals the
     * active version; only the body's own clerk or an administrator may. Recorded in the audit log.
     */
    public Mono<StoreResult> store(Caller caller, String agencyCode, int year, NewVersion version) {
        return scope.writable(caller, agencyCode).flatMap(agency -> store(agency, year, version)
                .flatMap(result -> !result.created() ? Mono.just(result)
                        : audit.record(caller, version.origin() == VersionOrigin.MANUAL
                                        ? AuditAction.REPORT_CORRECTED : AuditAction.REPORT_STORED, agency,
                                agency.name() + " " + year + " 年度年报 第 " + result.versionNo() + " 版",
                                version.reason()).thenReturn(result)));
    }

    /** Stores on behalf of the system itself (the demo data), not of a person. */
    public Mono<StoreResult> storeAsSystem(String agencyCode, int year, NewVersion version) {
        return agencies.findByCode(agencyCode)
                .switchIfEmpty(Mono.error(AgencyScope.notFound(agencyCode)))
                .flatMap(agency -> store(agency, year, version));
    }

    private Mono<StoreResult> store(Agency agency, int year, NewVersion version) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Mono.error(new BadRequestException("year", "年度应在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间，收到 " + year));
        }
        AnnualReport report = version.report();
        if (report.year() != null && report.year() != year) {
            return Mono.error(new BadRequestException("year",
                    "年报中的年度 " + report.year() + " 与提交的年度 " + year + " 不一致"));
        }
        if (version.origin() == VersionOrigin.MANUAL && (version.reason() == null || version.reason().isBlank())) {
            return Mono.error(new BadRequestException("reason", "人工更正必须填写更正原因"));
        }
        AnnualReport withYear = new AnnualReport(report.format(), report.agency(), year, report.signedOn(),
                report.proactive(), report.requests(), report.reviews(), report.details());
        NewVersion complete = new NewVersion(withYear, version.origin(), version.createdBy(), version.reason(),
                version.sourceDocumentId());
        return reports.store(agency.id(), year, complete, ContentHash.of(withYear));
    }
}
