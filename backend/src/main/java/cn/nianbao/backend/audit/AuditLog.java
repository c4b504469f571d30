package cn.nianbao.backend.audit;

import java.time.OffsetDateTime;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.audit.persistence.AuditRepository;
import cn.nianbao.backend.platform.database.Database;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.ClientAddress;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.ForbiddenException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records what people do and shows it to administrators (everything) and supervisors (their region). A use case that
 * changes data records its event in its own transaction ({@link #record(Tx, Caller, AuditAction, Agency, String,
 * String)}), so that the change and its record are committed together or not at all.
 */
@Service
public class AuditLog {

    public static final int MAX_EVENTS = 1000;

    private final AuditRepository repository;
    private final AgencyDirectory directory;
    private final Database database;

    public AuditLog(AuditRepository repository, AgencyDirectory directory, Database database) {
        this.repository = repository;
        this.directory = directory;
        this.database = database;
    }

    /** Records the event within the caller's transaction. */
    public Mono<Void> record(Tx tx, Caller caller, AuditAction action, Agency agency, String target, String detail) {
        return record(tx, caller.username(), caller.role(), action, agency == null ? null : agency.id(), target,
                detail);
    }

    /** One event of {@link #recordAll}: about which body, on what, with which detail. */
    public record Event(Agency agency, String target, String detail) {
    }

    /** Records many events of one caller and action within the caller's transaction, in one statement. */
    public Mono<Void> recordAll(Tx tx, Caller caller, AuditAction action, java.util.List<Event> events) {
        return Mono.deferContextual(context -> repository.appendAll(tx, events.stream()
                .map(event -> new NewAuditEvent(caller.username(), caller.role() == null ? null : caller.role().name(),
                        action, event.agency() == null ? null : event.agency().id(), event.target(), event.detail(),
                        ClientAddress.of(context)))
                .toList()));
    }

    /** Records the event on its own, for what changes nothing else (a sign-in, an export). */
    public Mono<Void> record(Caller caller, AuditAction action, Agency agency, String target, String detail) {
        return record(database.autoCommit(), caller, action, agency, target, detail);
    }

    /** For events whose actor is known by name only (a login attempt) or acts on no body. */
    public Mono<Void> record(String actor, Role role, AuditAction action, Long agencyId, String target, String detail) {
        return record(database.autoCommit(), actor, role, action, agencyId, target, detail);
    }

    public Flux<AuditEvent> read(Caller caller, OffsetDateTime from, OffsetDateTime to, AuditAction action,
                                 String actor, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_EVENTS));
        Tx tx = database.autoCommit();
        return switch (caller.role()) {
            case ADMIN -> repository.find(tx, null, from, to, action, actor, bounded);
            case SUPERVISOR -> repository.find(tx, caller.scopeAgencyId(), from, to, action, actor, bounded);
            default -> Flux.error(new ForbiddenException("只有管理员和督查可以查看审计日志"));
        };
    }

    /** An export a user took away (a chart, a table), recorded against the body or region it shows. */
    public Mono<Void> recordExport(Caller caller, String agencyCode, String what) {
        return directory.visible(caller, agencyCode)
                .flatMap(agency -> record(caller, AuditAction.EXPORT, agency, what, null));
    }

    private Mono<Void> record(Tx tx, String actor, Role role, AuditAction action, Long agencyId, String target,
                              String detail) {
        return Mono.deferContextual(context -> repository.append(tx, new NewAuditEvent(actor,
                role == null ? null : role.name(), action, agencyId, target, detail, ClientAddress.of(context))));
    }
}
