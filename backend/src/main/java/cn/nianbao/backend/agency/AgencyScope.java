package cn.nianbao.backend.agency;

import cn.nianbao.backend.agency.persistence.AgencyRepository;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.ForbiddenException;
import cn.nianbao.backend.platform.web.NotFoundException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks every agency named in a request against the caller's scope. A body outside the scope is answered exactly
 * like a body that does not exist, so that nobody learns what lies outside their part of the tree.
 */
@Component
public class AgencyScope {

    private final AgencyRepository agencies;

    public AgencyScope(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** The body, when the caller may see it. */
    public Mono<Agency> visible(Caller caller, String agencyCode) {
        Mono<Agency> agency = agencies.findByCode(agencyCode);
        Mono<Agency> inScope = caller.isAdmin() ? agency
                : agency.filterWhen(found -> switch (caller.role()) {
                    case CLERK -> Mono.just(found.id() == caller.scopeAgencyId());
                    default -> agencies.isWithin(caller.scopeAgencyId(), found.id());
                });
        return inScope.switchIfEmpty(Mono.error(notFound(agencyCode)));
    }

    /** The body, when the caller may change its reports: its own clerk, or an administrator. */
    public Mono<Agency> writable(Caller caller, String agencyCode) {
        return visible(caller, agencyCode).flatMap(agency -> caller.isAdmin() || caller.role() == Role.CLERK
                ? Mono.just(agency)
                : Mono.error(new ForbiddenException("角色“" + caller.role().label() + "”只能查看，不能修改 "
                        + agency.name() + " 的年报")));
    }

    /** The code of the region a caller sees when they name none: their scope, or the first root for an administrator. */
    public Mono<String> defaultRegion(Caller caller) {
        if (!caller.isAdmin()) {
            return Mono.just(caller.scopeAgencyCode());
        }
        return agencies.all().flatMap(all -> Mono.justOrEmpty(all.stream().findFirst().map(Agency::code)));
    }

    /** Only an administrator may do this. */
    public Mono<Void> requireAdmin(Caller caller, String what) {
        return caller.isAdmin() ? Mono.empty()
                : Mono.error(new ForbiddenException("只有管理员可以" + what));
    }

    public static NotFoundException notFound(String agencyCode) {
        return new NotFoundException("没有机构代码为 " + agencyCode + " 的机构");
    }
}
