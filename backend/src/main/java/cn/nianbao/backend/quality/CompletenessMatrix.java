package cn.nianbao.backend.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.Grouping;
import cn.nianbao.backend.analytics.LineCounts;
import cn.nianbao.backend.analytics.SubtreeCounts;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.YearRange;
import cn.nianbao.backend.quality.persistence.FindingRepository;
import cn.nianbao.backend.quality.rules.PublicationDeadline;
import cn.nianbao.backend.report.Publication;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.ReportSummary;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

/**
 * Who reported, who is late, whose reports have errors or warnings, who is clean — body by body, year by year, for
 * the region's own body and every body under it (a clerk: their own body), with the rates per year. A body expected
 * to report and without a report is {@code missing} as in the analytics (the MISSING_REPORT finding is made once the
 * deadline has passed); lateness and the counts come from the current findings, so a reviewer's dismissal counts.
 */
@Service
public class CompletenessMatrix {

    /** The most bodies one matrix lists one by one. */
    public static final int MAX_BODIES = 5000;
    /**
     * Above this many bodies the matrix is answered by sub-region unless bodies are asked for: a province's 3,000
     * bodies × years are megabytes no one reads, and cost seconds to gather.
     */
    public static final int LISTED_BODIES = 1000;
    private static final int RATE_SCALE = 4;

    private final AgencyDirectory directory;
    private final ReportService reports;
    private final FindingRepository findings;
    private final SubtreeCounts subtrees;

    public CompletenessMatrix(AgencyDirectory directory, ReportService reports, FindingRepository findings,
                              SubtreeCounts subtrees) {
        this.directory = directory;
        this.reports = reports;
        this.findings = findings;
        this.subtrees = subtrees;
    }

    /**
     * The matrix as asked ({@code by}: bodies or children), else by sub-region when the region has more than
     * {@link #LISTED_BODIES} bodies (of the kind). A clerk's matrix is their own body.
     */
    public Mono<Completeness> matrix(Caller caller, String regionCode, YearRange.Requested years, AgencyKind kind,
                                     Grouping by) {
        if (by == Grouping.BODIES || caller.role() == Role.CLERK) {
            return matrix(caller, regionCode, years, kind);
        }
        if (by == Grouping.CHILDREN) {
            return directory.visibleWithChildren(caller, regionCode)
                    .flatMap(subtree -> bySubRegion(subtree.getFirst(), Mono.just(subtree), years, kind));
        }
        // the body count is read alongside the region's lookup, and used only when the caller may see the region;
        // the 404 waits for the count: no query is cancelled half-way through its answer
        return Mono.zipDelayError(directory.visible(caller, regionCode), subtrees.bodyCount(regionCode, kind))
                .flatMap(both -> both.getT2() > LISTED_BODIES
                        ? bySubRegion(both.getT1(), directory.visibleSubtree(caller, both.getT1(), 1), years, kind)
                        : matrix(caller, both.getT1(), years, kind, true));
    }

    /**
     * One line per direct sub-region (its body and every body under it) and one for the region's own body
     * ({@code withChildren}: the region followed by them), from the pre-aggregated figures and the findings that make
     * a report other than clean: a few queries whatever the size.
     */
    private Mono<Completeness> bySubRegion(Agency region, Mono<List<Agency>> withChildren, YearRange.Requested years,
                                           AgencyKind kind) {
        return Mono.zip(withChildren, range(years, () -> subtrees.latestYear(region.id())))
                .flatMap(both -> {
                    List<Agency> subtree = both.getT1();
                    YearRange range = both.getT2();
                    List<Agency> children = subtree.subList(1, subtree.size());
                    if (children.size() > MAX_BODIES) {
                        return Mono.error(new BadRequestException("region", "地区 " + region.name() + " 直接下辖 "
                                + children.size() + " 个机构，超过一次最多 " + MAX_BODIES + " 个"));
                    }
                    List<Long> childIds = children.stream().map(Agency::id).toList();
                    List<Long> own = new ArrayList<>(childIds);
                    own.add(region.id());
                    return Mono.zip(subtrees.counts(childIds, own, kind, range.from(), range.to()).collectList(),
                                    findings.flagsByLine(region.id(), childIds, kind,
                                            range.from(), range.to()).collectList())
                            .map(found -> lines(region, children, kind, range, found.getT1(), found.getT2()));
                });
    }

    /**
     * The years asked for; the latest year with data is read — its statement even built — only when they leave the
     * last year open.
     */
    private static Mono<YearRange> range(YearRange.Requested years, Supplier<Mono<Integer>> latest) {
        return years.to() != null ? Mono.just(years.resolve(null))
                : latest.get().map(Optional::of).defaultIfEmpty(Optional.empty())
                        .map(last -> years.resolve(last.orElse(null)));
    }

    private static Completeness lines(Agency region, List<Agency> children, AgencyKind kind, YearRange range,
                                      List<LineCounts> counts, List<FindingRepository.LineFlags> flags) {
        Map<BodyYear, LineCounts> countsByLine = new HashMap<>();
        counts.forEach(c -> countsByLine.put(new BodyYear(c.line(), c.year()), c));
        Map<BodyYear, FindingRepository.LineFlags> flagsByLine = new HashMap<>();
        flags.forEach(f -> flagsByLine.put(new BodyYear(f.line(), f.year()), f));
        List<Agency> lines = new ArrayList<>();
        if (kind == null || region.kind() == kind) {
            lines.add(region);
        }
        lines.addAll(children);
        Map<Integer, int[]> totals = new HashMap<>();
        List<Completeness.RegionRow> rows = new ArrayList<>();
        for (Agency line : lines) {
            boolean wholeSubtree = line != region;
            List<Completeness.YearRates> perYear = new ArrayList<>();
            for (int year : range.years()) {
                LineCounts c = countsByLine.get(new BodyYear(line.id(), year));
                FindingRepository.LineFlags f = flagsByLine.get(new BodyYear(line.id(), year));
                boolean ownExpected = (kind == null || line.kind() == kind) && line.expectedToReport(year);
                int[] t = {
                        (c == null ? 0 : c.expectedBelow()) + (ownExpected ? 1 : 0),
                        c == null ? 0 : c.reported(),
                        c == null ? 0 : c.reportedExpected(),
                        (c == null ? 0 : c.onTimeExpected()) - (f == null ? 0 : f.lateThoughOnTime()),
                        (c == null ? 0 : c.reported()) - (f == null ? 0 : f.flagged()),
                        c == null ? 0 : c.publicationUnknown()};
                perYear.add(yearRates(year, t));
                int[] sum = totals.computeIfAbsent(year, y -> new int[6]);
                for (int i = 0; i < t.length; i++) {
                    sum[i] += t[i];
                }
            }
            rows.add(new Completeness.RegionRow(line.code(), line.name(), line.kind(), wholeSubtree, perYear));
        }
        List<Completeness.YearRates> rates = range.years().stream()
                .map(year -> yearRates(year, totals.getOrDefault(year, new int[6]))).toList();
        return new Completeness(new Completeness.Region(region.code(), region.name()), range.years(), kind,
                Grouping.CHILDREN.code(), rates, List.of(), rows);
    }

    /** expected, reported, reported though expected, on time, clean, publication unknown: with the rates. */
    private static Completeness.YearRates yearRates(int year, int[] t) {
        return new Completeness.YearRates(year, t[0], t[1], t[2], t[3], t[4], t[5], rate(t[2], t[0]),
                rate(t[3], t[0]), rate(t[4], t[1]));
    }

    /** The matrix body by body (400 above {@link #MAX_BODIES}). */
    public Mono<Completeness> matrix(Caller caller, String regionCode, YearRange.Requested years, AgencyKind kind) {
        return directory.visible(caller, regionCode).flatMap(region -> matrix(caller, region, years, kind, false));
    }

    /**
     * {@link #matrix(Caller, String, YearRange.Requested, AgencyKind)} of a region the caller may see. {@code
     * fewBodies}: the region is known to hold at most {@link #LISTED_BODIES} of them, so its bodies, its reports and
     * its findings are read at once; otherwise its bodies are listed first, so that a region too large for the
     * matrix costs no read of its reports.
     */
    private Mono<Completeness> matrix(Caller caller, Agency region, YearRange.Requested years, AgencyKind kind,
                                      boolean fewBodies) {
        Supplier<Mono<Integer>> latest = caller.role() == Role.CLERK
                ? () -> reports.summaries(region).map(ReportSummary::year).reduce(Math::max)
                : () -> subtrees.latestYear(region.id());
        Mono<List<Agency>> bodies = directory.visibleSubtree(caller, region, null).flatMap(subtree -> {
            List<Agency> ofKind = subtree.stream().filter(body -> kind == null || body.kind() == kind).toList();
            return ofKind.size() <= MAX_BODIES ? Mono.just(ofKind)
                    : Mono.error(new BadRequestException("region", "地区 " + region.name() + " 下有 " + ofKind.size()
                            + " 个机构，超过一次最多 " + MAX_BODIES + " 个：请选择下一级地区或按类型筛选"));
        });
        Mono<Found> found = range(years, latest).flatMap(range -> Mono.zip(
                reports.publications(region, range.from(), range.to()).collectList(),
                findings.countsByBodyYear(region.id(), caller.role() == Role.CLERK,
                        range.from(), range.to()).collectList(),
                (publications, counts) -> new Found(range, publications, counts)));
        // an error waits for the other reads: no query is cancelled half-way through its answer
        Mono<Tuple2<List<Agency>, Found>> read = fewBodies ? Mono.zipDelayError(bodies, found)
                : bodies.zipWhen(listed -> found);
        return read.map(both -> build(region, both.getT1(), kind, both.getT2()));
    }

    /** The years of the matrix, the active versions' publications in them and the findings' counts. */
    private record Found(YearRange range, List<Publication> publications,
                         List<FindingRepository.BodyYearCounts> counts) {
    }

    private static Completeness build(Agency region, List<Agency> bodies, AgencyKind kind, Found found) {
        YearRange range = found.range();
        List<Publication> publications = found.publications();
        List<FindingRepository.BodyYearCounts> counts = found.counts();
        Map<BodyYear, Publication> reported = new HashMap<>();
        publications.forEach(report -> reported.put(new BodyYear(report.agencyId(), report.year()), report));
        Map<BodyYear, FindingRepository.BodyYearCounts> countsByBodyYear = new HashMap<>();
        counts.forEach(c -> countsByBodyYear.put(new BodyYear(c.agencyId(), c.year()), c));
        List<Completeness.BodyRow> rows = new ArrayList<>();
        Map<Integer, int[]> tallies = new HashMap<>();
        for (Agency body : bodies) {
            List<Completeness.Cell> cells = new ArrayList<>();
            for (int year : range.years()) {
                Completeness.Cell cell = cell(body, year, reported.get(new BodyYear(body.id(), year)),
                        countsByBodyYear.get(new BodyYear(body.id(), year)));
                cells.add(cell);
                tally(tallies.computeIfAbsent(year, y -> new int[6]), cell);
            }
            rows.add(new Completeness.BodyRow(body.code(), body.name(), body.kind(), body.depth(), cells));
        }
        List<Completeness.YearRates> rates = range.years().stream()
                .map(year -> yearRates(year, tallies.getOrDefault(year, new int[6]))).toList();
        return new Completeness(new Completeness.Region(region.code(), region.name()), range.years(), kind,
                Grouping.BODIES.code(), rates, rows, List.of());
    }

    private static Completeness.Cell cell(Agency body, int year, Publication report,
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
