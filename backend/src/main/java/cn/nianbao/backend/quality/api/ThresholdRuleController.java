package cn.nianbao.backend.quality.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.quality.ThresholdRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/quality/rules")
@Tag(name = "数据质量", description = "质量问题、审核、完整性矩阵、督查规则、检查历史")
class ThresholdRuleController {

    private final ThresholdRules rules;

    ThresholdRuleController(ThresholdRules rules) {
        this.rules = rules;
    }

    /** A rule as sent and as answered: {@code findings} is how many it has now (answers to a change only). */
    record RuleJson(Long id, String region, String regionName, String name, String metric, String metricLabel,
                    String comparison, BigDecimal threshold, Integer minSample, String severity, String createdBy,
                    OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, Integer findings) {

        static RuleJson of(ThresholdRules.RuleView view) {
            var rule = view.rule();
            return new RuleJson(rule.id(), view.regionCode(), view.regionName(), rule.name(), rule.metricId(),
                    view.metricLabel(), rule.comparison().code(), rule.threshold().stripTrailingZeros(),
                    rule.minSample(), rule.severity().code(), rule.createdBy(), rule.createdAt(), rule.updatedBy(),
                    rule.updatedAt(), view.findings());
        }

        ThresholdRules.Definition definition() {
            return new ThresholdRules.Definition(region, name, metric, comparison, threshold, minSample, severity);
        }
    }

    @GetMapping
    @Operation(summary = "地区（及其下级地区）的督查规则")
    Flux<RuleJson> list(@AuthenticationPrincipal Caller caller,
                        @Parameter(description = "地区（机构）代码") @RequestParam String region) {
        return rules.list(caller, region).map(RuleJson::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建督查规则（管理员、督查在其地区内）；立即对该地区运行")
    Mono<RuleJson> create(@AuthenticationPrincipal Caller caller, @RequestBody RuleJson rule) {
        return rules.create(caller, rule.definition()).map(RuleJson::of);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改督查规则；立即对该地区重新运行")
    Mono<RuleJson> update(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                          @RequestBody RuleJson rule) {
        return rules.update(caller, id, rule.definition()).map(RuleJson::of);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除督查规则及其发现的问题")
    Mono<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return rules.delete(caller, id);
    }
}
