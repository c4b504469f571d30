package cn.nianbao.frontend.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.backend.agencies.AgencyKind;
import cn.nianbao.frontend.backend.analytics.Metric;
import cn.nianbao.frontend.backend.audit.AuditEvent;
import cn.nianbao.frontend.backend.audit.AuditQuery;
import cn.nianbao.frontend.backend.users.UserChange;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

/** What the HTTP core does with the session's token: sends it, renews it in time, gives up the session on 401. */
class BackendHttpSessionTest {

    private static List<BackendStub.Request> with(String token) {
        return BackendStub.shared().receivedWith(token);
    }

    @Test
    void signingInSendsTheBrowsersAddressAndNoToken() {
        SignedIn signedIn = new AuthClient(new BackendHttp(WebClient.builder(), SignedInClient.properties()))
                .login("viewer", BackendStub.PASSWORD, "198.51.100.7");
        assertEquals(Role.VIEWER, signedIn.user().role());
        assertEquals(new User.Scope("demo-city", "示例市"), signedIn.user().scope());
        assertFalse(signedIn.user().mustChangePassword());
        assertTrue(signedIn.expiresAt().isAfter(Instant.now().plus(Duration.ofMinutes(14))));
        BackendStub.Request login = BackendStub.shared().received("POST /api/auth/login").getLast();
        assertEquals("198.51.100.7", login.forwardedFor());
        assertNull(login.authorization());
        assertEquals("{\"username\":\"viewer\",\"password\":\"nianbao-demo\"}", login.body());
    }

    @Test
    void aWrongPasswordIsAnErrorAnswerAndEndsNoSession() {
        BackendException wrong = assertThrows(BackendException.class, () -> new AuthClient(new BackendHttp(
                WebClient.builder(), SignedInClient.properties())).login("viewer", "falsch-falsch", null));
        assertTrue(wrong.isStatus(401));
        assertEquals("用户名或密码错误", wrong.detail());
    }

    @Test
    void everyCallCarriesTheTokenAndTheAddress() {
        SignedInClient session = SignedInClient.signIn("supervisor");
        session.agencies().visible();
        session.analytics().series("demo-city", Metric.NEW_REQUESTS, null, 2024, AgencyKind.TOWNSHIP);
        List<BackendStub.Request> calls = with(session.signedIn().token());
        assertEquals(2, calls.size());
        assertTrue(calls.stream().allMatch(call -> "203.0.113.77".equals(call.forwardedFor())));
    }

    @Test
    void aTokenWithLessThanFiveMinutesLeftIsRenewedFirst() {
        // the supervisor's token lives 15 minutes: eleven minutes on, it is due; nine minutes on, it is not
        Clock nineLater = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(9));
        SignedInClient fresh = SignedInClient.signIn("supervisor", nineLater);
        fresh.agencies().visible();
        assertTrue(fresh.caller().renewals.isEmpty());

        Clock elevenLater = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11));
        SignedInClient due = SignedInClient.signIn("supervisor", elevenLater);
        due.agencies().visible();
        assertEquals(1, due.caller().renewals.size());
        String renewed = due.caller().renewals.getFirst().token();
        assertNotEquals(due.signedIn().token(), renewed);
        assertEquals(List.of("POST /api/auth/refresh"),
                with(due.signedIn().token()).stream().map(BackendStub.Request::key).toList());
        assertEquals(List.of("GET /api/agencies"), with(renewed).stream().map(BackendStub.Request::key).toList());
    }

    @Test
    void aRefusedTokenEndsTheSessionOnce() {
        SignedInClient former = SignedInClient.signIn("former");
        BackendException ended = assertThrows(BackendException.class, () -> former.agencies().visible());
        assertEquals(BackendException.Reason.SESSION_ENDED, ended.reason());
        assertEquals(401, ended.status());
        assertEquals(1, former.caller().ended);
        BackendException again = assertThrows(BackendException.class, () -> former.agencies().visible());
        assertEquals(BackendException.Reason.SESSION_ENDED, again.reason());
        assertEquals(1, former.caller().ended, "nothing more is asked once the session is over");
        assertEquals(1, with(former.signedIn().token()).size());
    }

    @Test
    void aRefusedRenewalEndsTheSessionToo() {
        SignedInClient former = SignedInClient.signIn("former", Clock.offset(Clock.systemUTC(), Duration.ofMinutes(12)));
        BackendException ended = assertThrows(BackendException.class, () -> former.agencies().visible());
        assertEquals(BackendException.Reason.SESSION_ENDED, ended.reason());
        assertEquals(1, former.caller().ended);
    }

    @Test
    void aForbiddenCallIsAnErrorNotTheEndOfTheSession() {
        SignedInClient viewer = SignedInClient.signIn("viewer");
        BackendException forbidden = assertThrows(BackendException.class, () -> viewer.users().page("", 0, 10));
        assertTrue(forbidden.isStatus(403));
        assertEquals(0, viewer.caller().ended);
    }

    @Test
    void changingThePasswordPutsTheNewTokenIntoTheSession() {
        SignedInClient newbie = SignedInClient.signIn("newbie");
        BackendException refused = assertThrows(BackendException.class,
                () -> newbie.auth().changePassword("falsch-falsch", "zhang-2026-ok"));
        assertEquals("当前密码不正确", refused.fieldError("current_password").orElseThrow());
        SignedIn changed = newbie.auth().changePassword(BackendStub.PASSWORD, "zhang-2026-ok");
        assertFalse(changed.user().mustChangePassword());
        assertEquals(changed.token(), newbie.caller().credentials().orElseThrow().token());
    }

    @Test
    void theAuditQueryGoesOutInUtcWithItsFilters() {
        SignedInClient admin = SignedInClient.signIn("admin");
        List<AuditEvent> failed = admin.audit().events(new AuditQuery(Instant.parse("2026-02-28T16:00:00Z"),
                Instant.parse("2026-03-01T16:00:00Z"), "LOGIN_FAILED", " clerk ", 5000));
        assertEquals(1, failed.size());
        assertEquals("GET /api/audit?from=2026-02-28T16:00:00Z&to=2026-03-01T16:00:00Z&action=LOGIN_FAILED"
                + "&actor=clerk&limit=1000", with(admin.signedIn().token()).getLast().key());
        AuditEvent event = failed.getFirst();
        assertEquals(Instant.parse("2026-03-01T01:29:40Z"), event.occurredAt().toInstant());
        assertEquals(ZoneOffset.UTC, event.occurredAt().getOffset());
    }

    @Test
    void aChangeOfAUserSendsOnlyWhatChanges() {
        SignedInClient admin = SignedInClient.signIn("admin");
        User changed = admin.users().change("clerk", new UserChange("王五", null, null, null));
        assertEquals("王五", changed.displayName());
        assertEquals("{\"display_name\":\"王五\"}", with(admin.signedIn().token()).getLast().body());
    }
}
