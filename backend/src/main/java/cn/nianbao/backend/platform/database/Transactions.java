package cn.nianbao.backend.platform.database;

import org.jooq.DSLContext;
import org.jooq.TransactionalPublishable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reactive jOOQ transactions whose result means "committed". */
public final class Transactions {

    private Transactions() {
    }

    /**
     * Runs {@code work} in one transaction and emits its single result only once the transaction has committed.
     * jOOQ's {@code transactionPublisher} emits results before its COMMIT (jOOQ issue #16401), and
     * {@code Mono.from} would cancel it after the first element, so we wait for completion instead.
     */
    public static <T> Mono<T> inTransaction(DSLContext dsl, TransactionalPublishable<T> work) {
        return Flux.from(dsl.transactionPublisher(work)).singleOrEmpty();
    }
}
