package cn.nianbao.frontend.backend.audit;

import java.time.Instant;

/**
 * Which audit events to read: {@code from} inclusive, {@code to} exclusive, an action code and a username; null means
 * "any". The backend answers newest first, at most {@code limit} (it caps at 1000).
 */
public record AuditQuery(Instant from, Instant to, String action, String actor, int limit) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        action = action == null || action.isBlank() ? null : action;
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        limit = limit <= 0 ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    public static AuditQuery latest() {
        return new AuditQuery(null, null, null, null, MAX_LIMIT);
    }
}
