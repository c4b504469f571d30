package cn.nianbao.backend.support;

import cn.nianbao.backend.account.NewUser;
import cn.nianbao.backend.account.TokenService;
import cn.nianbao.backend.account.persistence.UserRepository;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Users for tests, created in the real database, and clients that call the API as them with a real token. */
public final class TestUsers {

    public static final String PASSWORD = "test-password-1";
    /** An administrator for service-level tests that do not go through HTTP. */
    public static final Caller SYSTEM_ADMIN = new Caller(0, "test-admin", Role.ADMIN, null, null);

    private TestUsers() {
    }

    /** Creates the user (if absent) with {@link #PASSWORD}; scope is an agency code, null for an administrator. */
    public static void create(ApplicationContext context, String username, Role role, String scopeCode) {
        Long scopeId = scopeCode == null ? null
                : context.getBean(AgencyDirectory.class).byCode(scopeCode).blockOptional()
                        .orElseThrow(() -> new IllegalStateException("no agency " + scopeCode)).id();
        String hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
        context.getBean(UserRepository.class)
                .insertIfAbsent(new NewUser(username, username, hash, role, scopeId, false, false)).block();
    }

    public static String token(ApplicationContext context, String username) {
        return context.getBean(TokenService.class)
                .issue(context.getBean(UserRepository.class).findByUsername(username).blockOptional()
                        .orElseThrow(() -> new IllegalStateException("no user " + username)))
                .token();
    }

    /** A client whose every request carries the user's token. */
    public static WebTestClient as(WebTestClient web, ApplicationContext context, String username) {
        return web.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token(context, username)).build();
    }
}
