package cn.nianbao.backend.analytics;

import java.util.List;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.analytics.persistence.MetricQuery;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.BadRequestException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The only place where analytics asks the agency feature anything: is the region visible to the caller, and which
 * bodies lie under it. Supervisors, viewers and administrators get the bodies under the region; a clerk, whose
 * scope is one body, may only name that body and gets that body alone.
 */
@Component
class AnalysedRegions {

    /**
     * The most bodies an answer lists one by one (ranking, series and the charts drawn from them): a province has a few
     * thousand; the whole country's 140,000 would be tens of megabytes of JSON for a page no one can read.
     */
    static final int MAX_BODIES = 5000;

    private final AgencyDirectory directory;

    AnalysedRegions(AgencyDirectory directory) {
        this.directory = directory;
    }

    /** The region and which of its bodies to cover ({@code kind} null: all); 404 when unknown or out of scope. */
    Mono<AnalysedRegion> of(Caller caller, String regionCode, AgencyKind kind) {
        return directory.visible(caller, regionCode).map(region -> analysed(caller, region, kind));
    }

    private static AnalysedRegion analysed(Caller caller, Agency region, AgencyKind kind) {
        return new AnalysedRegion(region, new BodySelection(region.code(), caller.role() == Role.CLERK, kind), caller);
    }

    /**
     * A region and how its lines are grouped; {@code children}: its direct sub-regions when they were read with it,
     * else null.
     */
    record Grouped(AnalysedRegion region, Grouping grouping, List<Agency> children) {
    }

    /**
     * The region ({@link #of}) and how its lines are grouped: as asked, else by sub-region when the region has more
     * bodies than {@link #MAX_BODIES}. A clerk's answer is their own body. The body count is read alongside the
     * region's lookup rather than after it (one round trip less); it is used only when the caller may see the region.
     */
    Mono<Grouped> grouped(Caller caller, String regionCode, AgencyKind kind, Grouping requested, MetricQuery metrics) {
        if (caller.role() != Role.CLERK && requested == Grouping.CHILDREN) {
            return directory.visibleWithChildren(caller, regionCode).map(subtree -> new Grouped(
                    analysed(caller, subtree.getFirst(), kind), Grouping.CHILDREN, subtree.subList(1, subtree.size())));
        }
        Mono<AnalysedRegion> region = of(caller, regionCode, kind);
        if (caller.role() == Role.CLERK || requested != null) {
            Grouping grouping = caller.role() == Role.CLERK ? Grouping.BODIES : requested;
            return region.map(found -> new Grouped(found, grouping, null));
        }
        // the 404 waits for the count: no query is cancelled half-way through its answer
        return Mono.zipDelayError(region, metrics.bodyCount(new BodySelection(regionCode, false, kind)))
                .map(both -> new Grouped(both.getT1(),
                        both.getT2() > MAX_BODIES ? Grouping.CHILDREN : Grouping.BODIES, null));
    }

    /**
     * The region's direct sub-regions (and bodies directly under it), in tree order, as read with the region or read
     * now; 400 beyond {@link #MAX_BODIES}.
     */
    Mono<List<Agency>> children(Grouped grouped) {
        AnalysedRegion region = grouped.region();
        Mono<List<Agency>> read = grouped.children() != null ? Mono.just(grouped.children())
                : directory.visibleSubtree(region.caller(), region.root(), 1)
                        .map(subtree -> subtree.subList(1, subtree.size()));
        return read
                .flatMap(children -> children.size() <= MAX_BODIES ? Mono.just(children)
                        : Mono.error(new BadRequestException("region", "地区 " + region.root().name() + " 直接下辖 "
                                + children.size() + " 个机构，超过逐个列出的上限 " + MAX_BODIES + " 个")));
    }

    /** The covered bodies in tree order, with their names and kinds; 400 when there are more than {@link #MAX_BODIES}. */
    Mono<List<Agency>> bodies(AnalysedRegion region) {
        BodySelection selection = region.selection();
        Mono<List<Agency>> bodies = selection.regionItself() ? Mono.just(List.of(region.root()))
                : directory.visibleSubtree(region.caller(), region.root(), null)
                        .map(subtree -> subtree.subList(1, subtree.size()));
        return bodies.map(list -> list.stream()
                        .filter(body -> selection.kind() == null || body.kind() == selection.kind()).toList())
                .flatMap(list -> list.size() <= MAX_BODIES ? Mono.just(list)
                        : Mono.error(new BadRequestException("region", "地区 " + region.root().name() + " 下有 "
                                + list.size() + " 个机构，超过逐个列出的上限 " + MAX_BODIES
                                + " 个：请选择下一级地区或按类型筛选")));
    }
}
