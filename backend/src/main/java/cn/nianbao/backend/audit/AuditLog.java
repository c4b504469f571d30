package cn.nianbao.backend.audit;

import java.time.OffsetDateTime;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyScope;
import cn.nianbao.backend.audit.persistence.AuditRepository;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.ClientAddress;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.ForbiddenException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Records what people do and shows it to administrators (everything) and supervisors (their region). */
@Service
public class AuditLog {

    public static final int MAX_EVENTS = 1000;

    private final AuditRepository repository;
    private final AgencyScope scope;

    public AuditLog(AuditRepository repository, AgencyScope scope) {
        this.repository = repository;
        this.scope = scope;
    }

    public Mono<Void> record(Caller caller, AuditAction action, Agency agency, String target, String detail) {
        return record(caller.username(), caller.role(), action, agency == null ? null : agency.id(), target, detail);
    }

    /** For events whose actor is known by name only (a login attempt) or acts on no body. */
    public Mono<Void> record(String actor, Role role, AuditAction action, Long agencyId, String target, String detail) {
        return Mono.deferContextual(context -> repository.append(new NewAuditEvent(actor,
                role == null ? null : role.name(), action, agencyId, target, detail, ClientAddress.of(context))));
    }

    public Flux<AuditEvent> read(Caller caller, OffsetDateTime from, OffsetDateTime to, AuditAction action,
                                 String actor, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_EVENTS));
        return switch (caller.role()) {
            case ADMIN -> repository.find(null, from, to, action, actor, bounded);
            case SUPERVISOR -> repository.find(caller.scopeAgencyId(), from, to, action, actor, bounded);
            default -> Flux.error(new ForbiddenException("只有管理员和督查可以查看审计日志"));
        };
    }

    /** An export a user took away (a chart, a table), recorded against the body or region it shows. */
    public Mono<Void> recordExport(Caller caller, String agencyCode, String what) {
        return scope.visible(caller, agencyCode)
                .flatMap(agency -> record(caller, AuditAction.EXPORT, agency, what, null));
    }
}
