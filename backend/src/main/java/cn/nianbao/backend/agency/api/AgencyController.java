package cn.nianbao.backend.agency.api;

import java.util.List;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyScope;
import cn.nianbao.backend.agency.AgencyTree;
import cn.nianbao.backend.agency.persistence.AgencyRepository;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/agencies")
@Tag(name = "机构", description = "机构树：人民政府、乡镇（街道）、部门")
class AgencyController {

    private final AgencyRepository agencies;
    private final AgencyScope scope;

    AgencyController(AgencyRepository agencies, AgencyScope scope) {
        this.agencies = agencies;
        this.scope = scope;
    }

    @GetMapping
    @Operation(summary = "机构树（按树序排列的平铺列表）；不指定 under 时为当前用户可见的全部机构")
    Mono<List<AgencyJson>> list(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "只列出此机构及其下级") @RequestParam(required = false) String under) {
        Mono<List<Agency>> found;
        if (caller.isAdmin() && under == null) {
            found = agencies.all();
        } else {
            String root = under == null ? caller.scopeAgencyCode() : under;
            found = scope.visible(caller, root).flatMap(agency -> caller.role() == Role.CLERK
                    ? Mono.just(AgencyTree.inTreeOrder(List.of(agency)))
                    : agencies.subtree(agency.code()));
        }
        return found.map(list -> list.stream().map(AgencyJson::of).toList());
    }
}
