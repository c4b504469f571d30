package cn.nianbao.backend.audit.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_CLOSURE;
import static cn.nianbao.backend.db.Tables.AUDIT_EVENT;

import java.time.OffsetDateTime;

import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditEvent;
import cn.nianbao.backend.audit.NewAuditEvent;
import cn.nianbao.backend.platform.database.Tx;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The append-only audit log (a trigger refuses UPDATE and DELETE). */
@Repository
public class AuditRepository {

    /** Writes the event in the caller's unit of work, so that it commits (or not) with what it records. */
    public Mono<Void> append(Tx tx, NewAuditEvent event) {
        return appendAll(tx, java.util.List.of(event));
    }

    /** Writes the events in one statement, in the caller's unit of work. */
    public Mono<Void> appendAll(Tx tx, java.util.List<NewAuditEvent> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        var insert = tx.dsl().insertInto(AUDIT_EVENT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTOR_ROLE, AUDIT_EVENT.ACTION,
                AUDIT_EVENT.AGENCY_ID, AUDIT_EVENT.TARGET, AUDIT_EVENT.DETAIL, AUDIT_EVENT.CLIENT_ADDRESS);
        for (NewAuditEvent event : events) {
            insert = insert.values(clip(event.actor(), 64), event.actorRole(), event.action().name(), event.agencyId(),
                    clip(event.target(), 300), clip(event.detail(), 2000), clip(event.clientAddress(), 100));
        }
        return Mono.from(insert).then();
    }

    /**
     * Events newest first; {@code regionId} limits them to events about bodies in that subtree (null: all events).
     */
    public Flux<AuditEvent> find(Tx tx, Long regionId, OffsetDateTime from, OffsetDateTime to, AuditAction action,
                                 String actor, int limit) {
        Condition condition = DSL.noCondition();
        if (regionId != null) {
            condition = condition.and(AUDIT_EVENT.AGENCY_ID.in(DSL.select(AGENCY_CLOSURE.DESCENDANT_ID)
                    .from(AGENCY_CLOSURE).where(AGENCY_CLOSURE.ANCESTOR_ID.eq(regionId))));
        }
        if (from != null) {
            condition = condition.and(AUDIT_EVENT.OCCURRED_AT.ge(from));
        }
        if (to != null) {
            condition = condition.and(AUDIT_EVENT.OCCURRED_AT.lt(to));
        }
        if (action != null) {
            condition = condition.and(AUDIT_EVENT.ACTION.eq(action.name()));
        }
        if (actor != null) {
            condition = condition.and(AUDIT_EVENT.ACTOR.eq(actor));
        }
        return Flux.from(tx.dsl().select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTOR_ROLE,
                                AUDIT_EVENT.ACTION, AGENCY.CODE, AGENCY.NAME, AUDIT_EVENT.TARGET, AUDIT_EVENT.DETAIL,
                                AUDIT_EVENT.CLIENT_ADDRESS)
                        .from(AUDIT_EVENT)
                        .leftJoin(AGENCY).on(AGENCY.ID.eq(AUDIT_EVENT.AGENCY_ID))
                        .where(condition)
                        .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                        .limit(limit))
                .map(row -> new AuditEvent(row.value1(), row.value2(), row.value3(), row.value4(),
                        AuditAction.valueOf(row.value5()), row.value6(), row.value7(), row.value8(), row.value9(),
                        row.value10()));
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
