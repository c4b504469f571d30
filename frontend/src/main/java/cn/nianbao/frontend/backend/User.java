package cn.nianbao.frontend.backend;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A user as the backend shows one ({@code GET /api/auth/me}, {@code /api/users}); {@code scope} is null for an
 * administrator, else the body (clerk) or region (supervisor, viewer) the user works on.
 */
public record User(String username, String displayName, Role role, Scope scope, boolean mustChangePassword,
                   boolean disabled, boolean demo, OffsetDateTime lockedUntil, OffsetDateTime createdAt,
                   OffsetDateTime passwordChangedAt) implements Serializable {

    /** The body or region of a user's scope. */
    public record Scope(String code, String name) implements Serializable {
    }

    /** The name to show: the display name, else the username. */
    public String shownName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    /** The code of the scope, or null for an administrator. */
    public String scopeCode() {
        return scope == null ? null : scope.code();
    }
}
