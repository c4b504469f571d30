package cn.nianbao.backend.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.nianbao.backend.account.persistence.UserRepository;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/** Signing in, throttling, one-time passwords, and what administrators do to accounts — all through the API. */
@BackendIntegrationTest
class SignInAndAccountsTest {

    private static final AtomicInteger BROWSERS = new AtomicInteger();

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserRepository users;

    WebTestClient admin;
    /**
     * The browser address the dashboard forwards for this test's sign-ins: each test its own, so that the failures of
     * one test do not use up the per-address allowance of the next (the address throttle lives in memory).
     */
    final String browser = "203.0.113." + (BROWSERS.incrementAndGet() % 250 + 1);

    @BeforeEach
    void anAdministratorAndAClerk() {
        TestDatabase.truncate(dsl);
        AgencyDirectory agencies = context.getBean(AgencyDirectory.class);
        agencies.addIfAbsent(new NewAgency("city", "某市人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                List.of())).block();
        agencies.addIfAbsent(new NewAgency("city.town", "某镇人民政府", AgencyKind.TOWNSHIP, "city", 0, false,
                List.of())).block();
        TestUsers.create(context, "admin", Role.ADMIN, null);
        TestUsers.create(context, "clerk", Role.CLERK, "city.town");
        admin = TestUsers.as(web, context, "admin");
    }

    @Test
    void signingInGivesATokenThatWorks() {
        JsonNode answer = login("clerk", TestUsers.PASSWORD).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(answer.get("user").get("scope").get("name").asString()).isEqualTo("某镇人民政府");
        assertThat(answer.get("expires_at").asString()).isNotBlank();
        web.get().uri("/api/reports?region=city.town")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + answer.get("token").asString())
                .exchange().expectStatus().isOk().expectBody(Void.class);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        String unknown = login("nobody", TestUsers.PASSWORD).expectStatus().isUnauthorized()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("detail").asString();
        String wrong = login("clerk", "wrong-password").expectStatus().isUnauthorized()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("detail").asString();

        assertThat(unknown).isEqualTo(wrong).isEqualTo("用户名或密码错误");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        for (int i = 0; i < SignInThrottle.FAILURES_BEFORE_LOCK; i++) {
            login("clerk", "wrong-password").expectStatus().isUnauthorized().expectBody(Void.class);
        }

        login("clerk", TestUsers.PASSWORD).expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("登录失败次数过多，该用户名已锁定至"));
        assertThat(users.findByUsername("clerk").block().lockedUntil()).isNotNull();
    }

    @Test
    void aLockLooksTheSameForExistingAndUnknownNames() {
        for (int i = 0; i < SignInThrottle.FAILURES_BEFORE_LOCK; i++) {
            login("clerk", "wrong-password").expectStatus().isUnauthorized().expectBody(Void.class);
            login("no-such-user", "wrong-password").expectStatus().isUnauthorized().expectBody(Void.class);
        }

        EntityExchangeResult<JsonNode> existing = login("clerk", TestUsers.PASSWORD).expectStatus().isEqualTo(429)
                .expectBody(JsonNode.class).returnResult();
        EntityExchangeResult<JsonNode> unknown = login("no-such-user", "wrong-password").expectStatus().isEqualTo(429)
                .expectBody(JsonNode.class).returnResult();

        assertThat(withoutDigits(unknown.getResponseBody())).isEqualTo(withoutDigits(existing.getResponseBody()));
        assertThat(unknown.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
        assertThat(existing.getResponseBody().get("detail").asString()).startsWith("登录失败次数过多，该用户名已锁定至");
    }

    @Test
    void unknownNamesAndWrongPasswordsTakeAboutTheSameTime() {
        login("clerk", "wrong-password");
        login("no-such-user", "wrong-password");
        long existing = 0;
        long unknown = 0;
        for (int i = 0; i < 4; i++) {
            TestUsers.create(context, "clerk" + i, Role.CLERK, "city.town");
            long started = System.nanoTime();
            login("clerk" + i, "wrong-password").expectStatus().isUnauthorized().expectBody(Void.class);
            existing += System.nanoTime() - started;
            started = System.nanoTime();
            login("nobody" + i, "wrong-password").expectStatus().isUnauthorized().expectBody(Void.class);
            unknown += System.nanoTime() - started;
        }

        // both check a bcrypt hash and count the failure: within a factor of three of each other, not 10 ms vs 300 ms
        assertThat((double) unknown / existing).isBetween(1 / 3.0, 3.0);
    }

    @Test
    void theNameIsFoundInAnyCaseAndTakenOnceInAnyCase() {
        login("CLERK", TestUsers.PASSWORD).expectStatus().isOk()
                .expectBody().jsonPath("$.user.username").isEqualTo("clerk");

        admin.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "Clerk", "role", "VIEWER", "scope_agency_code", "city"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("用户名 Clerk 已被使用");
    }

    @Test
    void wrongCurrentPasswordsAreThrottledAndAuditedLikeSignIns() {
        WebTestClient clerk = TestUsers.as(web, context, "clerk");
        for (int i = 0; i < SignInThrottle.FAILURES_BEFORE_LOCK; i++) {
            changePassword(clerk, "guess-number-" + i).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("current_password");
        }

        changePassword(clerk, TestUsers.PASSWORD).expectStatus().isEqualTo(429).expectBody(Void.class);
        login("clerk", TestUsers.PASSWORD).expectStatus().isEqualTo(429).expectBody(Void.class);
        JsonNode failures = admin.get().uri("/api/audit?action=LOGIN_FAILED&actor=clerk").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(failures.size()).isEqualTo(SignInThrottle.FAILURES_BEFORE_LOCK);
        assertThat(failures.get(0).get("target").asString()).isEqualTo("修改密码");
        assertThat(failures.get(0).get("detail").asString()).startsWith("当前密码错误，用户名锁定");
    }

    @Test
    void theDatabaseKeepsTheLastEnabledAdministrator() {
        UserAccount last = users.findByUsername("admin").block();

        assertThatThrownBy(() -> users.update(last.id(), last.displayName(), Role.ADMIN, null, true).block())
                .isInstanceOf(LastAdministratorException.class);
        assertThat(users.findByUsername("admin").block().disabled()).isFalse();
    }

    @Test
    void twoAdministratorsDisablingEachOtherAtOnceLeaveOneEnabled() {
        TestUsers.create(context, "admin2", Role.ADMIN, null);
        WebTestClient second = TestUsers.as(web, context, "admin2");

        List<Integer> statuses = Flux.merge(
                        Mono.fromCallable(() -> disable(admin, "admin2")).subscribeOn(Schedulers.boundedElastic()),
                        Mono.fromCallable(() -> disable(second, "admin")).subscribeOn(Schedulers.boundedElastic()))
                .collectList().block();

        assertThat(users.page("", 0, 500).collectList().block()).filteredOn(user -> user.role() == Role.ADMIN)
                .filteredOn(user -> !user.disabled()).isNotEmpty();
        assertThat(statuses).contains(200);
    }

    @Test
    void theUsersListComesInPagesAndFindsByNameOrScope() {
        for (int i = 0; i < 12; i++) {
            TestUsers.create(context, "clerk_" + (char) ('a' + i), Role.CLERK, "city.town");
        }
        TestUsers.create(context, "percent%", Role.VIEWER, "city");

        List<String> all = usernames(admin, "/api/users?limit=500");
        List<String> pages = new ArrayList<>(usernames(admin, "/api/users?offset=0&limit=5"));
        pages.addAll(usernames(admin, "/api/users?offset=5&limit=5"));
        pages.addAll(usernames(admin, "/api/users?offset=10&limit=5"));
        pages.addAll(usernames(admin, "/api/users?offset=15&limit=5"));

        assertThat(all).hasSize(15).startsWith("admin");
        assertThat(pages).isEqualTo(all);
        assertThat(usernames(admin, "/api/users?q=CLERK_C")).containsExactly("clerk_c");
        assertThat(usernames(admin, "/api/users?q=某镇&limit=3")).containsExactly("clerk", "clerk_a", "clerk_b");
        // a wildcard is plain text: "_" does not match any one character
        assertThat(usernames(admin, "/api/users?q=_")).hasSize(12).allMatch(name -> name.startsWith("clerk_"));
        JsonNode percent = admin.get().uri(uri -> uri.path("/api/users").queryParam("q", "{q}").build("%"))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(percent).hasSize(1);
        assertThat(percent.get(0).get("username").asString()).isEqualTo("percent%");
        for (String refused : List.of("limit=0", "limit=501", "offset=-1", "offset=1000001", "limit=x",
                "q=" + "长".repeat(65))) {
            JsonNode problem = admin.get().uri("/api/users?" + refused).exchange().expectStatus().isBadRequest()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(problem.toString()).as(refused).containsAnyOf("应为", "最多");
        }
        // the search is bounded like every other endpoint's (RequestLimits): surrounding spaces do not count
        admin.get().uri("/api/users?q={q}", "长".repeat(65)).exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.detail").isEqualTo("参数 q 最多 64 个字符，收到 65 个")
                .jsonPath("$.errors[0].field").isEqualTo("q");
        admin.get().uri("/api/users?q={q}", " ".repeat(10) + "长".repeat(64)).exchange().expectStatus().isOk()
                .expectBody(Void.class);
        TestUsers.as(web, context, "clerk").get().uri("/api/users").exchange().expectStatus().isForbidden()
                .expectBody(Void.class);
    }

    private static List<String> usernames(WebTestClient client, String uri) {
        JsonNode list = client.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> names = new ArrayList<>();
        list.forEach(user -> names.add(user.get("username").asString()));
        return names;
    }

    @Test
    void aNewUsersOneTimePasswordMustBeChangedBeforeAnythingElse() {
        JsonNode created = admin.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "wang", "display_name", "王督查", "role", "SUPERVISOR",
                        "scope_agency_code", "city"))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String oneTime = created.get("one_time_password").asString();
        String token = login("wang", oneTime).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("token").asString();
        WebTestClient wang = web.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();

        wang.get().uri("/api/reports?region=city").exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").isEqualTo("请先修改初始密码，然后再继续");
        String newToken = wang.post().uri("/api/auth/password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("current_password", oneTime, "new_password", "wang-own-password-1"))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("token").asString();

        wang.get().uri("/api/auth/me").exchange().expectStatus().isUnauthorized().expectBody(Void.class);
        web.get().uri("/api/reports?region=city").header(HttpHeaders.AUTHORIZATION, "Bearer " + newToken)
                .exchange().expectStatus().isOk().expectBody(Void.class);
    }

    @Test
    void aWeakNewPasswordIsRefusedWithTheReason() {
        WebTestClient clerk = TestUsers.as(web, context, "clerk");

        clerk.post().uri("/api/auth/password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("current_password", TestUsers.PASSWORD, "new_password", "short"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("new_password")
                .jsonPath("$.detail").isEqualTo("密码至少需要 10 个字符");
    }

    @Test
    void aResetGivesANewOneTimePasswordAndEndsTheOldSessions() {
        String oldToken = TestUsers.token(context, "clerk");

        String oneTime = admin.post().uri("/api/users/clerk/password-reset").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("one_time_password").asString();

        web.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + oldToken).exchange()
                .expectStatus().isUnauthorized().expectBody(Void.class);
        login("clerk", TestUsers.PASSWORD).expectStatus().isUnauthorized().expectBody(Void.class);
        login("clerk", oneTime).expectStatus().isOk().expectBody().jsonPath("$.user.must_change_password").isEqualTo(true);
    }

    @Test
    void theLastAdministratorCannotBeDisabledOrDemoted() {
        admin.patch().uri("/api/users/admin").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("disabled", true))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("至少要保留一个可用的管理员")
                .jsonPath("$.errors[0].field").isEqualTo("disabled");
        admin.patch().uri("/api/users/admin").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "VIEWER", "scope_agency_code", "city"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("至少要保留一个可用的管理员")
                .jsonPath("$.errors[0].field").isEqualTo("role");
    }

    @Test
    void aClerkNeedsABodyAndAUsernameIsTakenOnce() {
        admin.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "li", "role", "CLERK"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("scope_agency_code");
        admin.post().uri("/api/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "clerk", "role", "VIEWER", "scope_agency_code", "city"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("用户名 clerk 已被使用");
    }

    @Test
    void movingAClerkToAnotherBodyChangesWhatTheySee() {
        admin.patch().uri("/api/users/clerk").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "VIEWER", "scope_agency_code", "city"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.role").isEqualTo("VIEWER").jsonPath("$.scope.code").isEqualTo("city");

        TestUsers.as(web, context, "clerk").get().uri("/api/agencies").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2);
    }

    private int disable(WebTestClient client, String username) {
        return client.patch().uri("/api/users/{u}", username).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("disabled", true)).exchange().expectBody().returnResult().getStatus().value();
    }

    private WebTestClient.ResponseSpec changePassword(WebTestClient client, String current) {
        return client.post().uri("/api/auth/password").header("X-Forwarded-For", browser)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("current_password", current, "new_password", "a-new-password-9")).exchange();
    }

    private static String withoutDigits(JsonNode problem) {
        return problem.toString().replaceAll("[0-9]", "#");
    }

    private WebTestClient.ResponseSpec login(String username, String password) {
        return web.post().uri("/api/auth/login").header("X-Forwarded-For", browser)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }
}
