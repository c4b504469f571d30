package cn.nianbao.backend.account.api;

import java.time.OffsetDateTime;

import cn.nianbao.backend.account.UserAccount;
import cn.nianbao.backend.platform.security.Role;

/** A user as the API shows it: no hash, no counters beyond a lock. */
record UserJson(String username, String displayName, Role role, Scope scope, boolean mustChangePassword,
                boolean disabled, boolean demo, OffsetDateTime lockedUntil, OffsetDateTime createdAt,
                OffsetDateTime passwordChangedAt) {

    /** The body or region a user works on. */
    record Scope(String code, String name) {
    }

    static UserJson of(UserAccount user) {
        return new UserJson(user.username(), user.displayName(), user.role(),
                user.scopeAgencyCode() == null ? null : new Scope(user.scopeAgencyCode(), user.scopeAgencyName()),
                user.mustChangePassword(), user.disabled(), user.demo(), user.lockedUntil(), user.createdAt(),
                user.passwordChangedAt());
    }
}
