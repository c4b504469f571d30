package cn.nianbao.backend.quality.api;

import java.util.List;
import java.util.Locale;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.web.YearRange;
import cn.nianbao.backend.analytics.Grouping;
import cn.nianbao.backend.quality.Completeness;
import cn.nianbao.backend.quality.CompletenessMatrix;
import cn.nianbao.backend.quality.QualityHistory;
import cn.nianbao.backend.quality.QualityRun;
import cn.nianbao.backend.quality.QualityRuns;
import cn.nianbao.backend.quality.rules.Rule;
import cn.nianbao.backend.quality.rules.RuleCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/quality")
@Tag(name = "数据质量", description = "质量问题、审核、完整性矩阵、督查规则、检查历史")
class QualityController {

    private final CompletenessMatrix completeness;
    private final QualityHistory history;
    private final QualityRuns runs;

    QualityController(CompletenessMatrix completeness, QualityHistory history, QualityRuns runs) {
        this.completeness = completeness;
        this.history = history;
        this.runs = runs;
    }

    /** A built-in rule as the catalogue lists it. */
    record RuleJson(String code, String severity, String name, String description, boolean oneReport,
                    String origin) {

        static RuleJson of(Rule rule) {
            return new RuleJson(rule.code(), rule.severity().code(), rule.name(), rule.description(), rule.oneReport(),
                    rule.origin().name().toLowerCase(Locale.ROOT));
        }
    }

    record RunRequest(String region) {
    }

    @GetMapping("/catalogue")
    @Operation(summary = "内置质量规则：代码、默认严重程度、名称、说明，是否只看一份年报")
    List<RuleJson> catalogue() {
        return RuleCatalogue.all().stream().map(RuleJson::of).toList();
    }

    @GetMapping("/completeness")
    @Operation(summary = "完整性矩阵：地区内各机构逐年的状态（缺报、逾期、有错误、有警告、无问题、无需报送）及各年比率")
    Mono<Completeness> completeness(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "地区（机构）代码") @RequestParam String region,
            @Parameter(description = "起始年度") @RequestParam(required = false) String from,
            @Parameter(description = "截止年度") @RequestParam(required = false) String to,
            @Parameter(description = "只看此类机构") @RequestParam(required = false) AgencyKind kind,
            @Parameter(description = "bodies：逐个机构（最多 " + CompletenessMatrix.MAX_BODIES + " 个）；children：按直接下级地区汇总"
                    + "（各含本级及其下全部机构，另列本级机构）；不填时机构超过 " + CompletenessMatrix.LISTED_BODIES
                    + " 个按下级地区") @RequestParam(required = false) String by) {
        return completeness.matrix(caller, region, YearRange.requested(from, to), kind, Grouping.requested(by));
    }

    @GetMapping("/history")
    @Operation(summary = "地区历次质量检查后的问题数（按审核状态、严重程度、规则），用于趋势图")
    Mono<QualityHistory.History> history(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "地区（机构）代码") @RequestParam String region,
            @Parameter(description = "最近多少次检查（1 至 500，默认 50）") @RequestParam(required = false) String limit) {
        return history.history(caller, region, limit);
    }

    @PostMapping("/runs")
    @Operation(summary = "对一个地区（管理员可不指定：全部机构）重新运行全部规则；立即返回 202，检查在后台进行")
    Mono<ResponseEntity<QualityRun>> run(@AuthenticationPrincipal Caller caller,
                                         @RequestBody(required = false) RunRequest request) {
        return runs.start(caller, request == null ? null : request.region())
                .map(run -> ResponseEntity.status(HttpStatus.ACCEPTED).body(run));
    }

    @GetMapping("/runs")
    @Operation(summary = "地区（及其下级地区）最近的质量检查")
    Flux<QualityRun> recentRuns(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "地区（机构）代码") @RequestParam String region,
            @Parameter(description = "条数（1 至 50，默认 20）") @RequestParam(required = false) String limit) {
        return runs.recent(caller, region, limit);
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "一次质量检查的状态和结果")
    Mono<QualityRun> findRun(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return runs.find(caller, id);
    }
}
