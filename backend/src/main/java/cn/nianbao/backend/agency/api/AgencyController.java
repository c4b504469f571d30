package cn.nianbao.backend.agency.api;

import java.util.List;

import cn.nianbao.backend.agency.persistence.AgencyRepository;
import cn.nianbao.backend.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    AgencyController(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(summary = "机构树（按树序排列的平铺列表）")
    Mono<List<AgencyJson>> list(
            @Parameter(description = "只列出此机构及其下级") @RequestParam(required = false) String under) {
        Mono<List<cn.nianbao.backend.agency.Agency>> found = under == null ? agencies.all()
                : agencies.subtree(under).filter(list -> !list.isEmpty())
                        .switchIfEmpty(Mono.error(new NotFoundException("没有机构代码为 " + under + " 的机构")));
        return found.map(list -> list.stream().map(AgencyJson::of).toList());
    }
}
