package cn.nianbao.backend.quality.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_CLOSURE;
import static cn.nianbao.backend.db.Tables.QUALITY_FINDING;
import static cn.nianbao.backend.db.Tables.QUALITY_RUN;
import static cn.nianbao.backend.db.Tables.QUALITY_SNAPSHOT;

import java.time.OffsetDateTime;
import java.util.Collection;

import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.quality.FindingStatus;
import cn.nianbao.backend.quality.QualityRun;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Runs of the rules and the counts of current findings each left behind. */
@Repository
public class RunRepository {

    /** The findings counted at the end of a run in one region: per rule and severity, by review status. */
    public record SnapshotRow(long runId, OffsetDateTime takenAt, String code, String severity, int open,
                              int confirmed, int dismissed) {
    }

    public Mono<Long> start(Tx tx, Long regionId, String reason, String startedBy) {
        return Mono.from(tx.dsl().insertInto(QUALITY_RUN, QUALITY_RUN.REGION_AGENCY_ID, QUALITY_RUN.REASON,
                        QUALITY_RUN.STARTED_BY).values(regionId, reason, startedBy).returning(QUALITY_RUN.ID))
                .map(row -> row.getId());
    }

    public Mono<Void> finish(Tx tx, long runId, String status, Integer bodyYears, Integer reports, Integer findings,
                             String error) {
        return Mono.from(tx.dsl().update(QUALITY_RUN)
                .set(QUALITY_RUN.STATUS, status).set(QUALITY_RUN.FINISHED_AT, DSL.currentOffsetDateTime())
                .set(QUALITY_RUN.BODY_YEARS, bodyYears).set(QUALITY_RUN.REPORTS, reports)
                .set(QUALITY_RUN.FINDINGS, findings)
                .set(QUALITY_RUN.ERROR, error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
                .where(QUALITY_RUN.ID.eq(runId))).then();
    }

    /** Runs left running by a backend that stopped: they will not finish. */
    public Mono<Integer> failInterrupted(Tx tx) {
        return Mono.from(tx.dsl().update(QUALITY_RUN).set(QUALITY_RUN.STATUS, QualityRun.FAILED)
                .set(QUALITY_RUN.FINISHED_AT, DSL.currentOffsetDateTime())
                .set(QUALITY_RUN.ERROR, "后台服务重启，运行中断")
                .where(QUALITY_RUN.STATUS.eq(QualityRun.RUNNING)));
    }

    public Mono<QualityRun> find(Tx tx, long id) {
        return Mono.from(runs(tx).where(QUALITY_RUN.ID.eq(id))).map(RunRepository::run);
    }

    /** The run of this region (null: everything) still running, if any. */
    public Mono<QualityRun> running(Tx tx, Long regionId) {
        Condition region = regionId == null ? QUALITY_RUN.REGION_AGENCY_ID.isNull()
                : QUALITY_RUN.REGION_AGENCY_ID.eq(regionId);
        return Mono.from(runs(tx).where(region, QUALITY_RUN.STATUS.eq(QualityRun.RUNNING))
                .orderBy(QUALITY_RUN.ID.desc()).limit(1)).map(RunRepository::run);
    }

    /** The latest runs over the region or over regions within it, newest first. */
    public Flux<QualityRun> recent(Tx tx, long regionId, int limit) {
        return Flux.from(runs(tx).where(QUALITY_RUN.REGION_AGENCY_ID.in(DSL.select(AGENCY_CLOSURE.DESCENDANT_ID)
                                .from(AGENCY_CLOSURE).where(AGENCY_CLOSURE.ANCESTOR_ID.eq(regionId))))
                        .orderBy(QUALITY_RUN.ID.desc()).limit(limit))
                .map(RunRepository::run);
    }

    /**
     * Counts the current findings under each of these regions per rule and severity, by review status, as the
     * run's snapshot. One statement: the counting and the writing happen in the database.
     */
    public Mono<Void> snapshot(Tx tx, long runId, Collection<Long> regionIds) {
        if (regionIds.isEmpty()) {
            return Mono.empty();
        }
        var f = QUALITY_FINDING;
        var s = QUALITY_SNAPSHOT;
        return Mono.from(tx.dsl().insertInto(s, s.RUN_ID, s.REGION_AGENCY_ID, s.CODE, s.SEVERITY, s.OPEN_COUNT,
                        s.CONFIRMED_COUNT, s.DISMISSED_COUNT)
                .select(DSL.select(DSL.inline(runId), AGENCY_CLOSURE.ANCESTOR_ID, f.CODE, f.SEVERITY,
                                DSL.count().filterWhere(f.STATUS.eq(FindingStatus.OPEN.code())),
                                DSL.count().filterWhere(f.STATUS.eq(FindingStatus.CONFIRMED.code())),
                                DSL.count().filterWhere(f.STATUS.eq(FindingStatus.DISMISSED.code())))
                        .from(f)
                        .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.DESCENDANT_ID.eq(f.AGENCY_ID))
                        .where(AGENCY_CLOSURE.ANCESTOR_ID.in(regionIds), FindingRepository.current())
                        .groupBy(AGENCY_CLOSURE.ANCESTOR_ID, f.CODE, f.SEVERITY))).then();
    }

    /** The region's snapshots, oldest first: at most {@code runs} runs. */
    public Flux<SnapshotRow> history(Tx tx, long regionId, int runs) {
        var s = QUALITY_SNAPSHOT;
        var latestRuns = DSL.select(QUALITY_RUN.ID).from(QUALITY_RUN)
                .where(QUALITY_RUN.ID.in(DSL.selectDistinct(s.RUN_ID).from(s).where(s.REGION_AGENCY_ID.eq(regionId))))
                .orderBy(QUALITY_RUN.ID.desc()).limit(runs);
        return Flux.from(tx.dsl().select(s.RUN_ID, QUALITY_RUN.FINISHED_AT, s.CODE, s.SEVERITY, s.OPEN_COUNT,
                                s.CONFIRMED_COUNT, s.DISMISSED_COUNT)
                        .from(s).join(QUALITY_RUN).on(QUALITY_RUN.ID.eq(s.RUN_ID))
                        .where(s.REGION_AGENCY_ID.eq(regionId), s.RUN_ID.in(latestRuns))
                        .orderBy(s.RUN_ID, s.CODE, s.SEVERITY))
                .map(row -> new SnapshotRow(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7()));
    }

    private static org.jooq.SelectOnConditionStep<? extends Record> runs(Tx tx) {
        return tx.dsl().select(QUALITY_RUN.ID, AGENCY.CODE, AGENCY.NAME, QUALITY_RUN.REASON, QUALITY_RUN.STARTED_BY,
                        QUALITY_RUN.STARTED_AT, QUALITY_RUN.FINISHED_AT, QUALITY_RUN.STATUS, QUALITY_RUN.BODY_YEARS,
                        QUALITY_RUN.REPORTS, QUALITY_RUN.FINDINGS, QUALITY_RUN.ERROR)
                .from(QUALITY_RUN).leftJoin(AGENCY).on(AGENCY.ID.eq(QUALITY_RUN.REGION_AGENCY_ID));
    }

    private static QualityRun run(Record row) {
        return new QualityRun(row.get(QUALITY_RUN.ID), row.get(AGENCY.CODE), row.get(AGENCY.NAME),
                row.get(QUALITY_RUN.REASON), row.get(QUALITY_RUN.STARTED_BY), row.get(QUALITY_RUN.STARTED_AT),
                row.get(QUALITY_RUN.FINISHED_AT), row.get(QUALITY_RUN.STATUS), row.get(QUALITY_RUN.BODY_YEARS),
                row.get(QUALITY_RUN.REPORTS), row.get(QUALITY_RUN.FINDINGS), row.get(QUALITY_RUN.ERROR));
    }
}
