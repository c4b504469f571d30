package cn.nianbao.frontend.backend.users;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.nianbao.frontend.backend.BackendHttp;
import cn.nianbao.frontend.backend.User;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.type.TypeReference;

/**
 * Users, roles and scopes ({@code /api/users}, administrators only). The backend lists all users in one answer; it
 * offers no paging.
 */
@Component
public class UserClient {

    private final BackendHttp http;

    public UserClient(BackendHttp http) {
        this.http = http;
    }

    public List<User> all() {
        return http.get(uri -> uri.path("/api/users").build(), new TypeReference<>() { });
    }

    public UserWithPassword create(NewUser user) {
        return http.send(HttpMethod.POST, "/api/users", user, new TypeReference<>() { });
    }

    /** Sends only what changes (the fields of {@code change} that are not null). */
    public User change(String username, UserChange change) {
        return http.send(HttpMethod.PATCH, "/api/users/" + segment(username), change, new TypeReference<>() { });
    }

    public UserWithPassword resetPassword(String username) {
        return http.send(HttpMethod.POST, "/api/users/" + segment(username) + "/password-reset", null,
                new TypeReference<>() { });
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
