package cn.nianbao.backend.agency;

import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.platform.security.Caller;
import reactor.core.publisher.Mono;

/**
 * Where changes to the tree are written down, in the transaction that makes them. The audit log implements it;
 * the agency feature names only this, so that the audit log may know agencies without a cycle.
 */
public interface AgencyChangeLog {

    Mono<Void> created(Tx tx, Caller caller, Agency created);

    /** {@code what} says in words what changed (名称 A → B；上级 …). */
    Mono<Void> changed(Tx tx, Caller caller, Agency changed, String what);
}
