package cn.nianbao.backend.quality.persistence;

import java.util.Collection;
import java.util.List;

import cn.nianbao.backend.platform.database.Tx;
import org.jooq.Record1;
import org.jooq.Row1;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
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

    /**
     * Waits for the lock of each body, in ascending order, in one statement: the keys are sorted in a subquery that
     * is not flattened ({@code OFFSET 0}), and the function (it returns void, which is not read back) is called on
     * them in that order.
     */
    public Mono<Void> lock(Tx tx, Collection<Long> agencyIds) {
        if (agencyIds.isEmpty()) {
            return Mono.empty();
        }
        List<Row1<Long>> keys = agencyIds.stream().map(id -> DSL.row(NAMESPACE | id)).toList();
        Table<Record1<Long>> sorted = DSL.select(DSL.field(DSL.name("k"), Long.class))
                .from(DSL.values(keys.toArray(Row1[]::new)).as("keys", "k"))
                .orderBy(DSL.field(DSL.name("k"))).offset(0).asTable("sorted");
        return Mono.from(tx.dsl().selectCount().from(DSL.select(DSL.function("pg_advisory_xact_lock",
                        SQLDataType.OTHER, sorted.field("k"))).from(sorted).asTable("held")))
                .then();
    }

    /** Takes the body's lock if nobody holds it; false when somebody does. */
    public Mono<Boolean> tryLock(Tx tx, long agencyId) {
        return Mono.from(tx.dsl().select(DSL.function("pg_try_advisory_xact_lock", SQLDataType.BOOLEAN,
                        DSL.val(NAMESPACE | agencyId))))
                .map(row -> Boolean.TRUE.equals(row.value1()));
    }
}
