package cn.nianbao.backend.quality.persistence;

import java.util.Collection;

import cn.nianbao.backend.platform.database.Tx;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One body's findings are made by one unit of work at a time: a transaction-scoped PostgreSQL advisory lock per
 * body, released at commit or rollback. Locks are taken in ascending order of body, and a store asks for other
 * bodies' locks only without waiting ({@link #tryLock}), so two units of work never wait for each other in a circle.
 */
@Repository
public class BodyLocks {

    /** The lock keys' own range, so that they meet no other use of advisory locks. */
    private static final long NAMESPACE = 0x5155_0000_0000_0000L;

    /** Waits for the lock of each body, in ascending order. */
    public Mono<Void> lock(Tx tx, Collection<Long> agencyIds) {
        return Flux.fromIterable(agencyIds.stream().sorted().toList())
                // the function returns void, which is not read back: select it in a subquery
                .concatMap(id -> Mono.from(tx.dsl().select(DSL.inline(1)).from(DSL.select(DSL.function(
                        "pg_advisory_xact_lock", SQLDataType.OTHER, DSL.val(NAMESPACE | id)).as("held"))
                        .asTable("body_lock"))))
                .then();
    }

    /** Takes the body's lock if nobody holds it; false when somebody does. */
    public Mono<Boolean> tryLock(Tx tx, long agencyId) {
        return Mono.from(tx.dsl().select(DSL.function("pg_try_advisory_xact_lock", SQLDataType.BOOLEAN,
                        DSL.val(NAMESPACE | agencyId))))
                .map(row -> Boolean.TRUE.equals(row.value1()));
    }
}
