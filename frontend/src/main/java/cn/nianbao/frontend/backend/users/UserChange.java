package cn.nianbao.frontend.backend.users;

import cn.nianbao.frontend.backend.Role;
import com.fasterxml.jackson.annotation.JsonInclude;

/** What an administrator changes about a user ({@code PATCH /api/users/{username}}); null leaves a field as it is. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserChange(String displayName, Role role, String scopeAgencyCode, Boolean disabled) {

    public static UserChange disabled(boolean disabled) {
        return new UserChange(null, null, null, disabled);
    }
}
