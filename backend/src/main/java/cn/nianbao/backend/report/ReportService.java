package cn.nianbao.backend.report;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.persistence.AgencyRepository;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.NotFoundException;
import cn.nianbao.backend.report.persistence.ReportRepository;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reading and storing reports by body code and year. */
@Service
public class ReportService {

    public static final int FIRST_YEAR = 2008;
    public static final int LAST_YEAR = 2100;

    private final AgencyRepository agencies;
    private final ReportRepository reports;

    public ReportService(AgencyRepository agencies, ReportRepository reports) {
        this.agencies = agencies;
        this.reports = reports;
    }

    public Mono<StoredReport> find(String agencyCode, int year) {
        return agency(agencyCode).flatMap(agency -> reports.findActive(agency.id(), year)
                .map(active -> new StoredReport(agency, year, active.version(), active.versions(), active.report()))
                .switchIfEmpty(Mono.error(new NotFoundException(agency.name() + " 没有 " + year + " 年度的年报"))));
    }

    public Flux<ReportSummary> summaries(String regionCode, Integer year) {
        return agency(regionCode).flatMapMany(region -> reports.summaries(region.code(), year));
    }

    /**
     * Stores the report as a new version of the body's report for that year, or does nothing when it equals the
     * active version. The report's own {@code year} must be the year it is stored under (or null, then it is set).
     */
    public Mono<StoreResult> store(String agencyCode, int year, NewVersion version) {
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
        return agency(agencyCode).flatMap(agency ->
                reports.store(agency.id(), year, complete, ContentHash.of(withYear)));
    }

    private Mono<Agency> agency(String code) {
        return agencies.findByCode(code)
                .switchIfEmpty(Mono.error(new NotFoundException("没有机构代码为 " + code + " 的机构")));
    }
}
