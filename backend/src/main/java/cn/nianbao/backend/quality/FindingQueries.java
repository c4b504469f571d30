package cn.nianbao.backend.quality;

import java.util.List;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.analytics.SubtreeCounts;
import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.RequestLimits;
import cn.nianbao.backend.platform.web.YearRange;
import cn.nianbao.backend.quality.persistence.FindingRepository;
import cn.nianbao.backend.quality.rules.RuleCatalogue;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The current findings of a region's bodies, a bounded page at a time, with their total. Whoever may see the region
 * may read them; a clerk, whose region is their own body, sees that body's alone.
 */
@Service
public class FindingQueries {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;
    public static final int MAX_OFFSET = 1_000_000;

    /**
     * Up to this many bodies under the region, its page is read with one plan for every region: for a city and a
     * province (4,500 bodies) that plan took 1.1 and 5.3 ms where each region's own took 2.8 and 22.6, for the nation
     * (138,000) 269 ms instead of 235, and its count twice as long (docs/BENCHMARKS.md).
     */
    static final int ONE_PLAN_BODIES = 20_000;

    private final AgencyDirectory directory;
    private final FindingRepository findings;
    private final SubtreeCounts subtrees;

    public FindingQueries(AgencyDirectory directory, FindingRepository findings, SubtreeCounts subtrees) {
        this.directory = directory;
        this.findings = findings;
        this.subtrees = subtrees;
    }

    /** The parameters of a listing as they arrive, each checked here. */
    public record Request(String region, String agency, String year, String from, String to, String code,
                         String severity, String status, String offset, String limit) {
    }

    /** One page and how many there are in all. */
    public record Page(List<FindingView> findings, int total, int offset, int limit) {
    }

    public Mono<Page> list(Caller caller, Request request) {
        return Mono.fromCallable(() -> checked(request))
                // the body count is read beside the region's lookup; the 404 waits for it: no query is cancelled
                // half-way through its answer
                .flatMap(checked -> Mono.zipDelayError(directory.visible(caller, request.region()),
                                subtrees.bodyCount(request.region(), null))
                        .flatMap(both -> scoped(caller, request, both.getT1()).flatMap(scoped -> {
                            FindingFilter filter = new FindingFilter(scoped.region().id(),
                                    caller.role() == Role.CLERK, scoped.body() == null ? null : scoped.body().id(),
                                    checked.years().from(), checked.years().to(), checked.code(), checked.severity(),
                                    checked.status(), checked.offset(), checked.limit());
                            boolean onePlan = both.getT2() <= ONE_PLAN_BODIES;
                            return findings.list(filter, onePlan).collectList()
                                    .zipWith(findings.count(filter, onePlan))
                                    .map(page -> new Page(page.getT1(), page.getT2(), filter.offset(),
                                            filter.limit()));
                        })));
    }

    /** The region, and the body within it when one is asked for (400 when it is not within). */
    private Mono<Scoped> scoped(Caller caller, Request request, Agency region) {
        if (request.agency() == null || request.agency().isEmpty()) {
            return Mono.just(new Scoped(region, null));
        }
        return directory.visible(caller, request.agency())
                .filterWhen(body -> directory.isWithin(region, body))
                .switchIfEmpty(Mono.error(new BadRequestException("agency", "机构 "
                        + RequestLimits.echo(request.agency()) + " 不在地区 " + region.name() + " 之内")))
                .map(body -> new Scoped(region, body));
    }

    private record Scoped(Agency region, Agency body) {
    }

    private record Checked(YearRange years, String code, String severity, FindingStatus status, int offset,
                           int limit) {
    }

    private static Checked checked(Request request) {
        YearRange years;
        Integer year = YearRange.year("year", request.year());
        if (year != null) {
            if (notEmpty(request.from()) || notEmpty(request.to())) {
                throw new BadRequestException("year", "参数 year 与 from、to 不能同时使用");
            }
            years = new YearRange(year, year);
        } else {
            YearRange.Requested requested = YearRange.requested(request.from(), request.to());
            int to = requested.to() != null ? requested.to() : YearRange.lastYear();
            int from = requested.from() != null ? requested.from()
                    : Math.max(YearRange.FIRST_YEAR, to - YearRange.MAX_SPAN + 1);
            years = new YearRange(from, to);
        }
        String code = null;
        if (notEmpty(request.code())) {
            code = RuleCatalogue.find(request.code()).orElseThrow(() -> new BadRequestException("code", "没有规则代码“"
                    + RequestLimits.echo(request.code()) + "”；可用的代码见 GET /api/quality/catalogue")).code();
        }
        String severity = null;
        if (notEmpty(request.severity())) {
            severity = Severity.fromCode(request.severity()).orElseThrow(() -> new BadRequestException("severity",
                    "严重程度 severity 应为 error、warning 或 info，收到“" + RequestLimits.echo(request.severity()) + "”"))
                    .code();
        }
        FindingStatus status = null;
        if (notEmpty(request.status())) {
            status = FindingStatus.fromCode(request.status()).orElseThrow(() -> new BadRequestException("status",
                    "状态 status 应为 open、confirmed 或 dismissed，收到“" + RequestLimits.echo(request.status()) + "”"));
        }
        int offset = RequestLimits.number("offset", request.offset(), 0, MAX_OFFSET, 0);
        int limit = RequestLimits.number("limit", request.limit(), 1, MAX_LIMIT, DEFAULT_LIMIT);
        return new Checked(years, code, severity, status, offset, limit);
    }

    private static boolean notEmpty(String value) {
        return value != null && !value.isEmpty();
    }
}
