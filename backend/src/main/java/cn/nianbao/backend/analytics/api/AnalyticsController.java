package cn.nianbao.backend.analytics.api;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.NewRequestsAnalysis;
import cn.nianbao.backend.analytics.RegionSeries;
import cn.nianbao.backend.platform.security.Caller;
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
@RequestMapping("/api/analytics")
@Tag(name = "分析", description = "跨机构、跨年度的统计")
class AnalyticsController {

    private final NewRequestsAnalysis newRequests;

    AnalyticsController(NewRequestsAnalysis newRequests) {
        this.newRequests = newRequests;
    }

    @GetMapping("/new-requests")
    @Operation(summary = "地区下各机构逐年的本年新收政府信息公开申请数量（总计）")
    Mono<RegionSeries> newRequests(@AuthenticationPrincipal Caller caller,
                                   @Parameter(description = "地区（机构）代码") @RequestParam String region,
                                   @Parameter(description = "起始年度") @RequestParam(required = false) Integer from,
                                   @Parameter(description = "截止年度") @RequestParam(required = false) Integer to,
                                   @Parameter(description = "只看此类机构") @RequestParam(required = false) AgencyKind kind) {
        return newRequests.byYear(caller, region, from, to, kind);
    }
}
