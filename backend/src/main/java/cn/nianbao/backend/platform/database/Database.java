package cn.nianbao.backend.platform.database;

import java.util.function.Function;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where a use case begins its work on the database. A service that writes runs its whole use case in one
 * {@link #inTransaction transaction} and hands the {@link Tx} to every repository it calls (the audit log included),
 * so that everything is committed together or not at all.
 */
@Component
public class Database {

    private final DSLContext dsl;
    private final Tx autoCommit;

    public Database(DSLContext dsl) {
        this.dsl = dsl;
        this.autoCommit = new Tx(dsl);
    }

    /**
     * Runs {@code work} in one transaction and emits its result only once the transaction has committed; an error
     * anywhere in it rolls everything back. jOOQ's {@code transactionPublisher} emits results before its COMMIT
     * (jOOQ issue #16401), and {@code Mono.from} would cancel it after the first element, so we wait for its
     * completion instead. jOOQ subscribes to {@code work} itself, so the caller's Reactor context (who is asking,
     * from which address) is handed on explicitly.
     */
    public <T> Mono<T> inTransaction(Function<Tx, Mono<T>> work) {
        return Mono.deferContextual(context -> Flux.from(dsl.transactionPublisher(
                trx -> work.apply(new Tx(trx.dsl())).contextWrite(context))).singleOrEmpty());
    }

    /** Each statement on its own, committed at once: for reads and single-statement writes outside a use case. */
    public Tx autoCommit() {
        return autoCommit;
    }
}
