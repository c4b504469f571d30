package cn.nianbao.backend.report;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.platform.database.Tx;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Checks made on every stored version inside the store's own transaction, after the version and its rows are
 * written, so that a version and its findings are committed together or not at all (the quality rules implement it).
 * Their findings are the store's answer.
 */
public interface NewVersionChecks {

    /** Checks the version just stored, now the active version of the body's report for the year. */
    Mono<List<Finding>> check(Tx tx, Agency agency, int year, StoreResult stored, NewVersion version);

    /**
     * Checks many versions stored in one transaction (a batch of an import), each the active version of a different
     * body-year; the findings in the order of {@code stored}. By default one after another, like {@link #check}; an
     * implementation may check them together.
     */
    default Mono<List<List<Finding>>> checkAll(Tx tx, List<Stored> stored) {
        return Flux.fromIterable(stored)
                .concatMap(each -> check(tx, each.agency(), each.year(), each.result(), each.version()))
                .collectList();
    }

    /**
     * Of these bodies, those whose checks another transaction is making right now; the others are reserved for this
     * transaction. A batch leaves the reports of busy bodies for a later one rather than wait. By default none is.
     */
    default Mono<Set<Long>> busy(Tx tx, Collection<Long> agencyIds) {
        return Mono.just(Set.of());
    }

    /** A version just stored, as {@link #check} is given it. */
    record Stored(Agency agency, int year, StoreResult result, NewVersion version) {
    }

    /**
     * Checks an older version made active again (in the transaction that moved the pointer): its findings become the
     * current ones, and what compares with it (next year's carry-over, repeated text) is checked again.
     */
    Mono<List<Finding>> activated(Tx tx, Agency agency, int year);

    /** The findings kept for the active version: the answer to a store that changed nothing. */
    Mono<List<Finding>> findingsOf(Tx tx, Agency agency, int year);
}
