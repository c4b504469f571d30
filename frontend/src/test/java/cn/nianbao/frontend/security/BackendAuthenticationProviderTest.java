package cn.nianbao.frontend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.backend.AuthClient;
import cn.nianbao.frontend.backend.BackendCaller;
import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.BackendHttp;
import cn.nianbao.frontend.backend.BackendProperties;
import cn.nianbao.frontend.backend.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.reactive.function.client.WebClient;

class BackendAuthenticationProviderTest {

    private static BackendAuthenticationProvider provider(String url) {
        return new BackendAuthenticationProvider(new AuthClient(new BackendHttp(WebClient.builder(),
                new BackendProperties(url, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(5)),
                BackendCaller.NOBODY, java.time.Clock.systemUTC())));
    }

    private final BackendAuthenticationProvider provider = provider(BackendStub.shared().url());

    private static Authentication attempt(String username, String password) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails("203.0.113.8", "session-1"));
        return attempt;
    }

    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void theBackendsAnswerBecomesTheSignedInUserWithTheRoleAsAuthority() {
        Authentication signedIn = provider.authenticate(attempt("clerk", BackendStub.PASSWORD));
        BackendAuthentication backend = (BackendAuthentication) signedIn;
        assertTrue(signedIn.isAuthenticated());
        assertEquals("clerk", signedIn.getName());
        assertEquals(Role.CLERK, backend.user().role());
        assertEquals("demo-city.t01", backend.user().scopeCode());
        assertEquals(List.of("ROLE_CLERK"), authorities(signedIn));
        assertNull(signedIn.getCredentials(), "the password is not kept");
        assertTrue(backend.token().token().startsWith("tok-clerk-"));
        assertEquals("203.0.113.8", backend.signInAddress());
        assertTrue(!signedIn.toString().contains(backend.token().token()), "the token is never in a log line");
        BackendStub.Request login = BackendStub.shared().received("POST /api/auth/login").getLast();
        assertEquals("203.0.113.8", login.forwardedFor());
    }

    @Test
    void aUserWithAOneTimePasswordGetsNoRoleUntilTheyChangeIt() {
        Authentication signedIn = provider.authenticate(attempt("newbie", BackendStub.PASSWORD));
        assertEquals(List.of(BackendAuthentication.PASSWORD_CHANGE_REQUIRED), authorities(signedIn));
    }

    @Test
    void aWrongPasswordOrADisabledUserIsTheBackendsOneSentenceAskedOnce() {
        int before = BackendStub.shared().received("POST /api/auth/login").size();
        BadCredentialsException wrong = assertThrows(BadCredentialsException.class,
                () -> provider.authenticate(attempt("supervisor", "falsch-falsch")));
        assertEquals("用户名或密码错误", wrong.getMessage());
        assertEquals(before + 1, BackendStub.shared().received("POST /api/auth/login").size());
        assertThrows(BadCredentialsException.class,
                () -> provider.authenticate(attempt("retired", BackendStub.PASSWORD)));
        assertThrows(BadCredentialsException.class, () -> provider.authenticate(attempt("", "")));
    }

    @Test
    void aLockedAccountCarriesTheBackendsSentenceWithTheTime() {
        LockedException locked = assertThrows(LockedException.class,
                () -> provider.authenticate(attempt("locked", BackendStub.PASSWORD)));
        assertEquals("登录失败次数过多，账号已锁定至 2026-03-01 10:45（北京时间）", locked.getMessage());
    }

    @Test
    void anUnreachableBackendIsNotAWrongPassword() {
        String dead = BackendStub.deadUrl();
        SignInUnavailableException unavailable = assertThrows(SignInUnavailableException.class,
                () -> provider(dead).authenticate(attempt("supervisor", BackendStub.PASSWORD)));
        assertEquals(BackendException.Reason.UNREACHABLE, unavailable.reason());
        assertEquals(dead, unavailable.backendUrl());
    }
}
