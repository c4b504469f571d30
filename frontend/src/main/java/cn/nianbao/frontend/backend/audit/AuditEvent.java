package cn.nianbao.frontend.backend.audit;

import java.time.OffsetDateTime;

/**
 * One line of the audit log ({@code GET /api/audit}). {@code action} and {@code actorRole} stay codes as the backend
 * sends them (e.g. {@code LOGIN_FAILED}, {@code SUPERVISOR}), so a code this dashboard does not know yet still shows.
 */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String actorRole, String action,
                         String agencyCode, String agencyName, String target, String detail, String clientAddress) {
}
