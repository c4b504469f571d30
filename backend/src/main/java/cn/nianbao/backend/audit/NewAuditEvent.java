package cn.nianbao.backend.audit;

/** An event to record; {@code agencyId} is the body it concerns (null when none), for scoped reading. */
public record NewAuditEvent(String actor, String actorRole, AuditAction action, Long agencyId, String target,
                            String detail, String clientAddress) {
}
