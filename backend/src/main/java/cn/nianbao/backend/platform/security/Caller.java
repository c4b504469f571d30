package cn.nianbao.backend.platform.security;

/**
 * The person behind a request, as the verified token and the current user record say: who, in which role, over
 * which part of the agency tree ({@code scopeAgencyId} null for an administrator).
 */
public record Caller(long userId, String username, Role role, Long scopeAgencyId, String scopeAgencyCode) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
