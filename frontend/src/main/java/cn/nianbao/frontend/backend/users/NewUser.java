package cn.nianbao.frontend.backend.users;

import cn.nianbao.frontend.backend.Role;

/** A user to create ({@code POST /api/users}); {@code scopeAgencyCode} is null for an administrator. */
public record NewUser(String username, String displayName, Role role, String scopeAgencyCode) {
}
