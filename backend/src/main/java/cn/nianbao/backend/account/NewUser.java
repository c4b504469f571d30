package cn.nianbao.backend.account;

import cn.nianbao.backend.platform.security.Role;

/** A user to create; the password arrives hashed. */
public record NewUser(String username, String displayName, String passwordHash, Role role, Long scopeAgencyId,
                      boolean mustChangePassword, boolean demo) {
}
