package cn.nianbao.frontend.backend;

/** What an administrator changes about a user ({@code PATCH /api/users/{username}}); null leaves a field as it is. */
public record UserChange(String displayName, Role role, String scopeAgencyCode, Boolean disabled) {

    public static UserChange disabled(boolean disabled) {
        return new UserChange(null, null, null, disabled);
    }
}
