package cn.nianbao.backend.audit;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyChangeLog;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.platform.security.Caller;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Changes to the agency tree go into the audit log, in the transaction that makes them. */
@Component
class AgencyAudit implements AgencyChangeLog {

    private final AuditLog audit;

    AgencyAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public Mono<Void> created(Tx tx, Caller caller, Agency created) {
        return audit.record(tx, caller, AuditAction.AGENCY_CREATED, created, label(created), created.kind().label());
    }

    @Override
    public Mono<Void> changed(Tx tx, Caller caller, Agency changed, String what) {
        return audit.record(tx, caller, AuditAction.AGENCY_CHANGED, changed, label(changed), what);
    }

    private static String label(Agency agency) {
        return agency.name() + "（" + agency.code() + "）";
    }
}
