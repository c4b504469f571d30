package cn.nianbao.backend.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.analytics.Metric;
import cn.nianbao.backend.analytics.MetricCatalogue;
import cn.nianbao.backend.analytics.MetricKind;
import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.ForbiddenException;
import cn.nianbao.backend.platform.web.NotFoundException;
import cn.nianbao.backend.platform.web.RequestLimits;
import cn.nianbao.backend.platform.web.YearRange;
import cn.nianbao.backend.quality.persistence.ThresholdRuleRepository;
import cn.nianbao.backend.report.ActiveReports;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The supervisors' own threshold rules over the analytics metrics, each for the bodies of one region. Administrators
 * and supervisors (within their region) add, change and remove them; whoever sees the region reads them. A rule
 * added or changed is run over its region at once, in the same transaction as the change and its audit record, so
 * that its findings are there when the answer is; a rule removed takes its findings with it.
 */
@Service
public class ThresholdRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_SAMPLE = 1_000_000;
    private static final BigDecimal MAX_THRESHOLD = new BigDecimal("1000000000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AgencyDirectory directory;
    private final ThresholdRuleRepository rules;
    private final ThresholdEvaluation thresholds;
    private final FindingLedger ledger;
    private final ActiveReports reports;
    private final AuditLog audit;
    private final Database database;

    public ThresholdRules(AgencyDirectory directory, ThresholdRuleRepository rules, ThresholdEvaluation thresholds,
                          FindingLedger ledger, ActiveReports reports, AuditLog audit, Database database) {
        this.directory = directory;
        this.rules = rules;
        this.thresholds = thresholds;
        this.ledger = ledger;
        this.reports = reports;
        this.audit = audit;
        this.database = database;
    }

    /** A rule as sent: read unchecked, so that each part is refused by name. */
    public record Definition(String region, String name, String metric, String comparison, BigDecimal threshold,
                             Integer minSample, String severity) {
    }

    /** A rule with its region and metric by name, and how many findings it has now. */
    public record RuleView(ThresholdRule rule, String regionCode, String regionName, String metricLabel,
                           Integer findings) {
    }

    /** The rules of the region's bodies (the region's own and those of regions under it). */
    public Flux<RuleView> list(Caller caller, String regionCode) {
        return directory.visibleSubtree(caller, regionCode, null).flatMapMany(subtree -> {
            Map<Long, Agency> byId = new HashMap<>();
            subtree.forEach(body -> byId.put(body.id(), body));
            return rules.ofRegions(database.autoCommit(), byId.keySet()).map(rule -> view(rule, byId.get(rule.regionId()),
                    null));
        });
    }

    public Mono<RuleView> create(Caller caller, Definition definition) {
        return mayChange(caller).then(Mono.defer(() -> directory.visible(caller, required(definition.region()))))
                .flatMap(region -> {
                    ThresholdRuleRepository.Definition checked = checked(definition, region);
                    return database.inTransaction(tx -> rules.insert(tx, checked, caller.username())
                            .flatMap(rule -> audit.record(tx, caller, AuditAction.QUALITY_RULE_CHANGED, region,
                                            "督查规则 #" + rule.id() + " " + rule.name(), "新建：" + describe(rule))
                                    .then(evaluate(tx, rule, region))
                                    .map(count -> view(rule, region, count))));
                });
    }

    public Mono<RuleView> update(Caller caller, String ruleId, Definition definition) {
        return mayChange(caller).then(existing(caller, ruleId)).flatMap(found -> directory.visible(caller,
                        required(definition.region()))
                .flatMap(region -> {
                    ThresholdRuleRepository.Definition checked = checked(definition, region);
                    return database.inTransaction(tx -> rules.update(tx, found.rule().id(), checked,
                                    caller.username())
                            .flatMap(rule -> audit.record(tx, caller, AuditAction.QUALITY_RULE_CHANGED, region,
                                            "督查规则 #" + rule.id() + " " + rule.name(), "修改为：" + describe(rule))
                                    .then(evaluate(tx, rule, region))
                                    .map(count -> view(rule, region, count))));
                }));
    }

    public Mono<Void> delete(Caller caller, String ruleId) {
        return mayChange(caller).then(existing(caller, ruleId)).flatMap(found -> database.inTransaction(tx ->
                rules.delete(tx, found.rule().id())
                        .then(audit.record(tx, caller, AuditAction.QUALITY_RULE_CHANGED, found.region(),
                                "督查规则 #" + found.rule().id() + " " + found.rule().name(), "删除")))
                .then());
    }

    private record Found(ThresholdRule rule, Agency region) {
    }

    /** The rule, when the caller may see its region; 404 otherwise. */
    private Mono<Found> existing(Caller caller, String ruleId) {
        return Mono.fromCallable(() -> RequestLimits.id("id", ruleId))
                .flatMap(id -> rules.find(database.autoCommit(), id)
                        .switchIfEmpty(Mono.error(new NotFoundException("没有编号为 " + id + " 的督查规则")))
                        .flatMap(rule -> directory.byIds(List.of(rule.regionId()))
                                .flatMap(regions -> directory.visible(caller, regions.getFirst().code()))
                                .onErrorMap(NotFoundException.class, e -> new NotFoundException("没有编号为 " + id
                                        + " 的督查规则"))
                                .map(region -> new Found(rule, region))));
    }

    private static Mono<Void> mayChange(Caller caller) {
        return caller.role() == Role.ADMIN || caller.role() == Role.SUPERVISOR ? Mono.empty()
                : Mono.error(new ForbiddenException("只有管理员和督查可以设置督查规则"));
    }

    /**
     * Runs the rule over its region: every body-year with a report, its findings replacing those the rule had.
     * The number of findings it has now.
     */
    Mono<Integer> evaluate(Tx tx, ThresholdRule rule, Agency region) {
        int thisYear = LocalDate.now(QualityEvaluation.CHINA).getYear();
        return directory.subtree(region.code()).flatMap(bodies -> {
            Map<Long, String> codes = new HashMap<>();
            Map<Long, Set<Long>> ancestry = new HashMap<>();
            bodies.forEach(body -> {
                codes.put(body.id(), body.code());
                ancestry.put(body.id(), Set.of(rule.regionId()));
            });
            return reports.keys(tx, codes.keySet(), YearRange.FIRST_YEAR, thisYear).collectList()
                    .flatMap(keys -> {
                        Map<BodyYear, Long> versions = new HashMap<>();
                        keys.forEach(key -> versions.put(new BodyYear(key.agencyId(), key.year()), key.versionId()));
                        return thresholds.findings(tx, List.of(new ThresholdEvaluation.Plan(rule, region.code(), true)),
                                        YearRange.FIRST_YEAR, thisYear, versions::containsKey, codes, ancestry)
                                .flatMap(found -> {
                                    List<Evaluated> evaluated = new ArrayList<>();
                                    versions.forEach((bodyYear, versionId) -> evaluated.add(new Evaluated(bodyYear,
                                            versionId, Evaluated.Replaces.ONE_THRESHOLD_RULE, rule.id(),
                                            found.getOrDefault(bodyYear, List.of()))));
                                    return ledger.applyRule(tx, rule.id(), evaluated);
                                });
                    });
        });
    }

    private static RuleView view(ThresholdRule rule, Agency region, Integer findings) {
        String label = MetricCatalogue.find(rule.metricId()).map(Metric::label).orElse(rule.metricId());
        return new RuleView(rule, region == null ? null : region.code(), region == null ? null : region.name(), label,
                findings);
    }

    private static String describe(ThresholdRule rule) {
        return rule.metricId() + " " + rule.comparison().code() + " " + rule.threshold().stripTrailingZeros()
                .toPlainString() + "，最小样本 " + rule.minSample() + "，" + rule.severity().code();
    }

    private static String required(String region) {
        if (region == null || region.isBlank()) {
            throw new BadRequestException("region", "请指定规则适用的地区（region）");
        }
        return region;
    }

    private static ThresholdRuleRepository.Definition checked(Definition definition, Agency region) {
        String name = definition.name() == null ? "" : definition.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BadRequestException("name", "规则名称 name 应为 1 至 " + MAX_NAME + " 个字符");
        }
        Metric metric = MetricCatalogue.find(definition.metric()).orElseThrow(() -> new BadRequestException("metric",
                "没有指标“" + RequestLimits.echo(definition.metric() == null ? "" : definition.metric())
                        + "”；可用的指标见 GET /api/analytics/metrics"));
        Comparison comparison = Comparison.fromCode(definition.comparison() == null ? "" : definition.comparison())
                .orElseThrow(() -> new BadRequestException("comparison",
                        "比较方式 comparison 应为 above（高于）、below（低于）或 change_above（较上年变化超过，百分比）"));
        BigDecimal threshold = definition.threshold();
        if (threshold == null || threshold.abs().compareTo(MAX_THRESHOLD) > 0) {
            throw new BadRequestException("threshold", "阈值 threshold 应为数字，绝对值不超过 " + MAX_THRESHOLD.toPlainString());
        }
        threshold = threshold.setScale(4, RoundingMode.HALF_UP);
        if (comparison == Comparison.CHANGE_ABOVE && threshold.signum() <= 0) {
            throw new BadRequestException("threshold", "变化幅度的阈值应为大于 0 的百分比，如 300 表示 300%");
        }
        if (comparison != Comparison.CHANGE_ABOVE && metric.kind() == MetricKind.RATE
                && (threshold.signum() < 0 || threshold.compareTo(HUNDRED) > 0)) {
            throw new BadRequestException("threshold", "比率指标的阈值以百分比表示，应在 0 至 100 之间，如 40 表示 40%");
        }
        int minSample = definition.minSample() == null ? 0 : definition.minSample();
        if (minSample < 0 || minSample > MAX_SAMPLE) {
            throw new BadRequestException("min_sample", "最小样本 min_sample 应为 0 至 " + MAX_SAMPLE + " 之间的整数");
        }
        Severity severity = Severity.fromCode(definition.severity() == null ? "warning" : definition.severity())
                .orElseThrow(() -> new BadRequestException("severity", "严重程度 severity 应为 error、warning 或 info"));
        return new ThresholdRuleRepository.Definition(region.id(), name, metric.id(), comparison, threshold, minSample,
                severity);
    }
}
