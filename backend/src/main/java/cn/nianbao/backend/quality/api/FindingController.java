package cn.nianbao.backend.quality.api;

import java.util.List;

import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.quality.FindingQueries;
import cn.nianbao.backend.quality.FindingReview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Parameters arrive as text and are checked by the services before anything is read. */
@RestController
@RequestMapping("/api/findings")
@Tag(name = "数据质量", description = "质量问题、审核、完整性矩阵、督查规则、检查历史")
class FindingController {

    /** The total number of findings the filter selects, all pages together. */
    static final String TOTAL_COUNT = "X-Total-Count";

    private final FindingQueries queries;
    private final FindingReview review;

    FindingController(FindingQueries queries, FindingReview review) {
        this.queries = queries;
        this.review = review;
    }

    record ReviewJson(String decision, String comment) {
    }

    @GetMapping
    @Operation(summary = "地区内各机构当前的质量问题（分页；总数在响应头 X-Total-Count）")
    Mono<ResponseEntity<List<FindingJson>>> list(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "地区（机构）代码") @RequestParam String region,
            @Parameter(description = "只看地区内的这一个机构") @RequestParam(required = false) String agency,
            @Parameter(description = "年度（不能与 from、to 同用）") @RequestParam(required = false) String year,
            @Parameter(description = "起始年度") @RequestParam(required = false) String from,
            @Parameter(description = "截止年度") @RequestParam(required = false) String to,
            @Parameter(description = "规则代码，如 T3_BALANCE") @RequestParam(required = false) String code,
            @Parameter(description = "error、warning 或 info") @RequestParam(required = false) String severity,
            @Parameter(description = "open、confirmed 或 dismissed") @RequestParam(required = false) String status,
            @Parameter(description = "跳过前若干条（0 至 1000000）") @RequestParam(required = false) String offset,
            @Parameter(description = "每页条数（1 至 500，默认 100）") @RequestParam(required = false) String limit) {
        return queries.list(caller, new FindingQueries.Request(region, agency, year, from, to, code, severity, status,
                        offset, limit))
                .map(page -> ResponseEntity.ok().header(TOTAL_COUNT, Integer.toString(page.total()))
                        .body(page.findings().stream().map(FindingJson::of).toList()));
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "审核一个质量问题：confirmed（确认）或 dismissed（排除，须写明理由）；管理员和所在地区的督查")
    Mono<FindingJson> review(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                             @RequestBody ReviewJson decision) {
        return review.review(caller, id, decision.decision(), decision.comment()).map(FindingJson::of);
    }
}
