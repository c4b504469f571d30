package cn.nianbao.frontend.backend.users;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.frontend.backend.BackendHttp;
import cn.nianbao.frontend.backend.User;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.type.TypeReference;

/** Users, roles and scopes ({@code /api/users}, administrators only). */
@Component
public class UserClient {

    private final BackendHttp http;

    public UserClient(BackendHttp http) {
        this.http = http;
    }

    /** The most users one answer of the backend holds. */
    public static final int MAX_PAGE = 500;

    /**
     * The users from {@code offset}, at most {@code limit}, by role then name; {@code text} (blank: all) is looked for in
     * the username, the name and the scope. Larger ranges are read in pages of {@link #MAX_PAGE}.
     */
    public List<User> page(String text, int offset, int limit) {
        List<User> found = new ArrayList<>();
        while (found.size() < limit) {
            int from = offset + found.size();
            int count = Math.min(MAX_PAGE, limit - found.size());
            List<User> page = http.get(uri -> uri.path("/api/users").queryParam("q", "{q}")
                    .queryParam("offset", from).queryParam("limit", count).build(text), new TypeReference<>() { });
            found.addAll(page);
            if (page.size() < count) {
                break;
            }
        }
        return found;
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
