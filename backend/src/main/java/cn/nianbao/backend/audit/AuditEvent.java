package cn.nianbao.backend.audit;

import java.time.OffsetDateTime;

/** One line of the audit log: who did what, when, to what, from where. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String actorRole, AuditAction action,
                         String agencyCode, String agencyName, String target, String detail, String clientAddress) {
}
