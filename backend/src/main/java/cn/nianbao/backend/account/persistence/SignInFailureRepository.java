package cn.nianbao.backend.account.persistence;

import static cn.nianbao.backend.db.Tables.SIGN_IN_FAILURE;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Failed sign-ins counted per name (lower case), whether a user of that name exists or not. */
@Repository
public class SignInFailureRepository {

    private final DSLContext dsl;

    public SignInFailureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Until when the name is locked; empty when it is not. */
    public Mono<OffsetDateTime> lockedUntil(String name, OffsetDateTime now) {
        return Mono.from(dsl.select(SIGN_IN_FAILURE.LOCKED_UNTIL).from(SIGN_IN_FAILURE)
                        .where(SIGN_IN_FAILURE.NAME.eq(name).and(SIGN_IN_FAILURE.LOCKED_UNTIL.gt(now))))
                .map(row -> row.value1());
    }

    /** Counts one more failure of the name; the number of failures in a row now. */
    public Mono<Integer> recordFailure(String name, OffsetDateTime now) {
        return Mono.from(dsl.insertInto(SIGN_IN_FAILURE, SIGN_IN_FAILURE.NAME, SIGN_IN_FAILURE.FAILURES,
                                SIGN_IN_FAILURE.LAST_FAILED_AT)
                        .values(name, 1, now)
                        .onConflict(SIGN_IN_FAILURE.NAME)
                        .doUpdate()
                        .set(SIGN_IN_FAILURE.FAILURES, SIGN_IN_FAILURE.FAILURES.plus(1))
                        .set(SIGN_IN_FAILURE.LAST_FAILED_AT, now)
                        .returningResult(SIGN_IN_FAILURE.FAILURES))
                .map(row -> row.value1());
    }

    public Mono<Void> lock(String name, OffsetDateTime until) {
        return Mono.from(dsl.update(SIGN_IN_FAILURE).set(SIGN_IN_FAILURE.LOCKED_UNTIL, until)
                .where(SIGN_IN_FAILURE.NAME.eq(name))).then();
    }

    /** A successful sign-in, a new password or a reset: the name starts again from zero. */
    public Mono<Void> clear(String name) {
        return Mono.from(dsl.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.NAME.eq(name))).then();
    }

    /** Forgets names whose last failure is older than {@code age} and that are not locked, so the table stays small. */
    public Mono<Integer> forgetOlderThan(Duration age, OffsetDateTime now) {
        return Mono.from(dsl.deleteFrom(SIGN_IN_FAILURE)
                .where(SIGN_IN_FAILURE.LAST_FAILED_AT.lt(now.minus(age)))
                .and(SIGN_IN_FAILURE.LOCKED_UNTIL.isNull().or(SIGN_IN_FAILURE.LOCKED_UNTIL.lt(now))));
    }
}
