package cn.nianbao.backend.quality.persistence;

import static cn.nianbao.backend.db.Tables.QUALITY_RULE;

import java.util.Collection;

import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.db.tables.records.QualityRuleRecord;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.quality.Comparison;
import cn.nianbao.backend.quality.ThresholdRule;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The supervisors' threshold rules. */
@Repository
public class ThresholdRuleRepository {

    /** What a rule says, without who made it. */
    public record Definition(long regionId, String name, String metricId, Comparison comparison,
                             java.math.BigDecimal threshold, int minSample, Severity severity) {
    }

    public Flux<ThresholdRule> all(Tx tx) {
        return Flux.from(tx.dsl().selectFrom(QUALITY_RULE).orderBy(QUALITY_RULE.ID))
                .map(ThresholdRuleRepository::rule);
    }

    /** The rules of these regions. */
    public Flux<ThresholdRule> ofRegions(Tx tx, Collection<Long> regionIds) {
        if (regionIds.isEmpty()) {
            return Flux.empty();
        }
        return Flux.from(tx.dsl().selectFrom(QUALITY_RULE).where(QUALITY_RULE.REGION_AGENCY_ID.in(regionIds))
                .orderBy(QUALITY_RULE.ID)).map(ThresholdRuleRepository::rule);
    }

    public Mono<ThresholdRule> find(Tx tx, long id) {
        return Mono.from(tx.dsl().selectFrom(QUALITY_RULE).where(QUALITY_RULE.ID.eq(id)))
                .map(ThresholdRuleRepository::rule);
    }

    public Mono<ThresholdRule> insert(Tx tx, Definition rule, String createdBy) {
        var r = QUALITY_RULE;
        return Mono.from(tx.dsl().insertInto(r, r.REGION_AGENCY_ID, r.NAME, r.METRIC_ID, r.COMPARISON, r.THRESHOLD,
                        r.MIN_SAMPLE, r.SEVERITY, r.CREATED_BY)
                        .values(rule.regionId(), rule.name(), rule.metricId(), rule.comparison().code(),
                                rule.threshold(), rule.minSample(), rule.severity().code(), createdBy)
                        .returning())
                .map(ThresholdRuleRepository::rule);
    }

    public Mono<ThresholdRule> update(Tx tx, long id, Definition rule, String updatedBy) {
        var r = QUALITY_RULE;
        return Mono.from(tx.dsl().update(r)
                        .set(r.REGION_AGENCY_ID, rule.regionId()).set(r.NAME, rule.name())
                        .set(r.METRIC_ID, rule.metricId()).set(r.COMPARISON, rule.comparison().code())
                        .set(r.THRESHOLD, rule.threshold()).set(r.MIN_SAMPLE, rule.minSample())
                        .set(r.SEVERITY, rule.severity().code()).set(r.UPDATED_BY, updatedBy)
                        .set(r.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(r.ID.eq(id)).returning())
                .map(ThresholdRuleRepository::rule);
    }

    public Mono<Void> delete(Tx tx, long id) {
        return Mono.from(tx.dsl().deleteFrom(QUALITY_RULE).where(QUALITY_RULE.ID.eq(id))).then();
    }

    private static ThresholdRule rule(QualityRuleRecord r) {
        return new ThresholdRule(r.getId(), r.getRegionAgencyId(), r.getName(), r.getMetricId(),
                Comparison.fromCode(r.getComparison()).orElseThrow(), r.getThreshold(), r.getMinSample(),
                Severity.fromCode(r.getSeverity()).orElseThrow(), r.getCreatedBy(), r.getCreatedAt(),
                r.getUpdatedBy(), r.getUpdatedAt());
    }
}
