package cn.nianbao.backend.account.persistence;

import static cn.nianbao.backend.db.Tables.THROTTLE_ATTEMPT;

import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Attempts per kind and key with their time, shared by every backend on the database. */
@Repository
public class ThrottleAttemptRepository {

    private final DSLContext dsl;

    public ThrottleAttemptRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The oldest of the key's latest {@code max} attempts since {@code since}, when there are {@code max} of them:
     * the key may try again once that one leaves the window. Empty while fewer attempts stand in the window.
     */
    public Mono<OffsetDateTime> oldestOfFullWindow(String kind, String key, int max, OffsetDateTime since) {
        Table<Record1<OffsetDateTime>> latest = dsl.select(THROTTLE_ATTEMPT.ATTEMPTED_AT).from(THROTTLE_ATTEMPT)
                .where(THROTTLE_ATTEMPT.KIND.eq(kind), THROTTLE_ATTEMPT.KEY.eq(key),
                        THROTTLE_ATTEMPT.ATTEMPTED_AT.gt(since))
                .orderBy(THROTTLE_ATTEMPT.ATTEMPTED_AT.desc())
                .limit(max)
                .asTable("latest");
        var at = latest.field(THROTTLE_ATTEMPT.ATTEMPTED_AT);
        return Mono.from(dsl.select(DSL.count(), DSL.min(at)).from(latest))
                .filter(row -> row.value1() >= max)
                .map(row -> row.value2());
    }

    /** Records an attempt and drops the key's attempts that have left the window. */
    public Mono<Void> add(String kind, String key, OffsetDateTime at, OffsetDateTime since) {
        return Mono.from(dsl.deleteFrom(THROTTLE_ATTEMPT).where(THROTTLE_ATTEMPT.KIND.eq(kind),
                        THROTTLE_ATTEMPT.KEY.eq(key), THROTTLE_ATTEMPT.ATTEMPTED_AT.le(since)))
                .then(Mono.from(dsl.insertInto(THROTTLE_ATTEMPT, THROTTLE_ATTEMPT.KIND, THROTTLE_ATTEMPT.KEY,
                        THROTTLE_ATTEMPT.ATTEMPTED_AT).values(kind, key, at)))
                .then();
    }

    public Mono<Void> clear(String kind, String key) {
        return Mono.from(dsl.deleteFrom(THROTTLE_ATTEMPT)
                .where(THROTTLE_ATTEMPT.KIND.eq(kind), THROTTLE_ATTEMPT.KEY.eq(key))).then();
    }

    /** Forgets every attempt of the kind older than {@code before}, so that keys seen once do not stay. */
    public Mono<Void> forgetBefore(String kind, OffsetDateTime before) {
        return Mono.from(dsl.deleteFrom(THROTTLE_ATTEMPT)
                .where(THROTTLE_ATTEMPT.KIND.eq(kind), THROTTLE_ATTEMPT.ATTEMPTED_AT.le(before))).then();
    }
}
