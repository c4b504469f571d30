package cn.nianbao.backend.analytics;

import java.util.List;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The only place where analytics asks the agency feature anything: is the region visible to the caller, and which
 * bodies lie under it. Supervisors, viewers and administrators get the bodies under the region; a clerk, whose
 * scope is one body, may only name that body and gets that body alone.
 */
@Component
class AnalysedRegions {

    private final AgencyDirectory directory;

    AnalysedRegions(AgencyDirectory directory) {
        this.directory = directory;
    }

    /** The region and which of its bodies to cover ({@code kind} null: all); 404 when unknown or out of scope. */
    Mono<AnalysedRegion> of(Caller caller, String regionCode, AgencyKind kind) {
        boolean ownBodyOnly = caller.role() == Role.CLERK;
        return directory.visible(caller, regionCode).map(region -> new AnalysedRegion(region,
                new BodySelection(region.code(), ownBodyOnly, kind), caller));
    }

    /** The covered bodies in tree order, with their names and kinds. */
    Mono<List<Agency>> bodies(AnalysedRegion region) {
        BodySelection selection = region.selection();
        Mono<List<Agency>> bodies = selection.regionItself() ? Mono.just(List.of(region.root()))
                : directory.visibleSubtree(region.caller(), region.root().code(), null)
                        .map(subtree -> subtree.subList(1, subtree.size()));
        return bodies.map(list -> list.stream()
                .filter(body -> selection.kind() == null || body.kind() == selection.kind()).toList());
    }
}
