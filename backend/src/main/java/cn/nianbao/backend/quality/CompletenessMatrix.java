package cn.nianbao.backend.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.YearRange;
import cn.nianbao.backend.quality.persistence.FindingRepository;
import cn.nianbao.backend.quality.rules.PublicationDeadline;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.ReportSummary;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Who reported, who is late, whose reports have errors or warnings, who is clean — body by body, year by year, for
 * the region's own body and every body under it (a clerk: their own body), with the rates per year. A body expected
 * to report and without a report is {@code missing} as in the analytics (the MISSING_REPORT finding is made once the
 * deadline has passed); lateness and the counts come from the current findings, so a reviewer's dismissal counts.
 */
@Service
public class CompletenessMatrix {

    /** The most bodies one matrix covers: a province's bodies are asked for city by city. */
    public static final int MAX_BODIES = 5000;
    private static final int RATE_SCALE = 4;

    private final AgencyDirectory directory;
    private final ReportService reports;
    private final FindingRepository findings;
    private final Database database;

    public CompletenessMatrix(AgencyDirectory directory, ReportService reports, FindingRepository findings,
                              Database database) {
        this.directory = directory;
        this.reports = reports;
        this.findings = findings;
        this.database = database;
    }

    public Mono<Completeness> matrix(Caller caller, String regionCode, YearRange.Requested years, AgencyKind kind) {
        return directory.visibleSubtree(caller, regionCode, null).flatMap(subtree -> {
            List<Agency> bodies = subtree.stream().filter(body -> kind == null || body.kind() == kind).toList();
            if (bodies.size() > MAX_BODIES) {
                return Mono.error(new BadRequestException("region", "地区 " + subtree.getFirst().name() + " 下有 "
                        + bodies.size() + " 个机构，超过一次最多 " + MAX_BODIES + " 个：请选择下一级地区或按类型筛选"));
            }
            Agency region = subtree.getFirst();
            return reports.summaries(caller, regionCode, null).collectList().flatMap(summaries -> {
                Integer latest = summaries.stream().map(ReportSummary::year).max(Integer::compare).orElse(null);
                YearRange range = years.resolve(latest);
                return findings.countsByBodyYear(database.autoCommit(), region.id(), caller.role() == Role.CLERK,
                                range.from(), range.to()).collectList()
                        .map(counts -> build(region, bodies, kind, range, summaries, counts));
            });
        });
    }

    private static Completeness build(Agency region, List<Agency> bodies, AgencyKind kind, YearRange range,
                                      List<ReportSummary> summaries,
                                      List<FindingRepository.BodyYearCounts> counts) {
        Map<String, ReportSummary> reported = new HashMap<>();
        summaries.forEach(summary -> reported.put(summary.agencyCode() + "/" + summary.year(), summary));
        Map<BodyYear, FindingRepository.BodyYearCounts> countsByBodyYear = new HashMap<>();
        counts.forEach(c -> countsByBodyYear.put(new BodyYear(c.agencyId(), c.year()), c));
        List<Completeness.BodyRow> rows = new ArrayList<>();
        Map<Integer, int[]> tallies = new HashMap<>();
        for (Agency body : bodies) {
            List<Completeness.Cell> cells = new ArrayList<>();
            for (int year : range.years()) {
                Completeness.Cell cell = cell(body, year, reported.get(body.code() + "/" + year),
                        countsByBodyYear.get(new BodyYear(body.id(), year)));
                cells.add(cell);
                tally(tallies.computeIfAbsent(year, y -> new int[6]), cell);
            }
            rows.add(new Completeness.BodyRow(body.code(), body.name(), body.kind(), body.depth(), cells));
        }
        List<Completeness.YearRates> rates = range.years().stream().map(year -> {
            int[] t = tallies.getOrDefault(year, new int[6]);
            return new Completeness.YearRates(year, t[0], t[1], t[2], t[3], t[4], t[5], rate(t[2], t[0]),
                    rate(t[3], t[0]), rate(t[4], t[1]));
        }).toList();
        return new Completeness(new Completeness.Region(region.code(), region.name()), range.years(), kind, rates,
                rows);
    }

    private static Completeness.Cell cell(Agency body, int year, ReportSummary report,
                                          FindingRepository.BodyYearCounts counts) {
        boolean expected = body.expectedToReport(year);
        LocalDate due = PublicationDeadline.of(year, body.kind() == AgencyKind.PEOPLES_GOVERNMENT);
        if (report == null) {
            return new Completeness.Cell(year, expected ? CompletenessState.MISSING : CompletenessState.NOT_EXPECTED,
                    expected, null, null, due, null, 0, 0, 0, counts == null ? 0 : counts.open());
        }
        int errors = counts == null ? 0 : counts.errors();
        int warnings = counts == null ? 0 : counts.warnings();
        boolean late = counts != null && counts.late();
        CompletenessState state = late ? CompletenessState.LATE : errors > 0 ? CompletenessState.ERRORS
                : warnings > 0 ? CompletenessState.WARNINGS : CompletenessState.CLEAN;
        LocalDate published = report.publishedOn();
        Long daysLate = published != null && published.isAfter(due) ? ChronoUnit.DAYS.between(due, published) : null;
        return new Completeness.Cell(year, state, expected, report.versionNo(), published, due, daysLate, errors,
                warnings, counts == null ? 0 : counts.infos(), counts == null ? 0 : counts.open());
    }

    /** expected, reported, reported though expected, on time, clean, publication unknown. */
    private static void tally(int[] t, Completeness.Cell cell) {
        boolean hasReport = cell.versionNo() != null;
        t[0] += cell.expected() ? 1 : 0;
        t[1] += hasReport ? 1 : 0;
        t[2] += hasReport && cell.expected() ? 1 : 0;
        t[3] += hasReport && cell.expected() && cell.publishedOn() != null && cell.state() != CompletenessState.LATE
                && !cell.publishedOn().isAfter(cell.dueOn()) ? 1 : 0;
        t[4] += cell.state() == CompletenessState.CLEAN ? 1 : 0;
        t[5] += hasReport && cell.publishedOn() == null ? 1 : 0;
    }

    private static BigDecimal rate(int numerator, int denominator) {
        return denominator == 0 ? null : BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), RATE_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
