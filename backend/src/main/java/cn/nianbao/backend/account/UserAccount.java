package cn.nianbao.backend.account;

import java.time.OffsetDateTime;

import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;

/**
 * A user as stored, with the password hash; never leaves the backend as such. {@code lockedUntil} is the sign-in lock
 * of the user's name (see {@link SignInThrottle}), when there is one.
 */
public record UserAccount(long id, String username, String displayName, String passwordHash, Role role,
                          Long scopeAgencyId, String scopeAgencyCode, String scopeAgencyName,
                          boolean mustChangePassword, boolean disabled, boolean demo, OffsetDateTime lockedUntil,
                          int credentialsVersion, OffsetDateTime createdAt, OffsetDateTime passwordChangedAt) {

    public Caller caller() {
        return new Caller(id, username, role, scopeAgencyId, scopeAgencyCode);
    }
}
