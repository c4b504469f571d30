package cn.nianbao.backend.account;

import static cn.nianbao.backend.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;

import cn.nianbao.backend.account.persistence.UserRepository;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** Tokens that must be refused: forged, expired, tampered, unsigned, stale after a change, of a disabled user. */
@BackendIntegrationTest
class TokenTest {

    @Autowired
    WebTestClient web;
    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserRepository users;
    @Autowired
    javax.crypto.SecretKey tokenKey;
    @Value("${nianbao.security.user-recheck}")
    Duration recheck;

    UserAccount clerk;

    @BeforeEach
    void aClerk() {
        TestDatabase.truncate(dsl);
        context.getBean(AgencyDirectory.class).addIfAbsent(new NewAgency("town", "某镇人民政府",
                AgencyKind.TOWNSHIP, null, 0, false, List.of())).block();
        TestUsers.create(context, "clerk", Role.CLERK, "town");
        clerk = users.findByUsername("clerk").block();
    }

    @Test
    void aValidTokenIsAccepted() {
        me(TestUsers.token(context, "clerk")).expectStatus().isOk()
                .expectBody().jsonPath("$.username").isEqualTo("clerk").jsonPath("$.role").isEqualTo("CLERK");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        SecretKeySpec otherKey = new SecretKeySpec("another-key-another-key-another-key!".getBytes(), "HmacSHA256");

        me(sign(otherKey, claims(Instant.now().plusSeconds(600)))).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("令牌无效或已过期，请重新登录");
    }

    @Test
    void anExpiredTokenIsRefused() {
        me(sign(tokenKey, claims(Instant.now().minusSeconds(300)))).expectStatus().isUnauthorized()
                .expectBody(Void.class);
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = TestUsers.token(context, "clerk").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"CLERK\"", "\"ADMIN\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        me(tampered).expectStatus().isUnauthorized().expectBody(Void.class);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = TestUsers.token(context, "clerk").split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

        me(header + "." + parts[1] + ".").expectStatus().isUnauthorized().expectBody(Void.class);
    }

    @Test
    void aTokenFromBeforeAPasswordOrRoleChangeIsRefused() {
        String before = TestUsers.token(context, "clerk");

        users.changePassword(clerk.id(), clerk.passwordHash(), false).block();

        me(before).expectStatus().isUnauthorized().expectBody(Void.class);
        me(TestUsers.token(context, "clerk")).expectStatus().isOk().expectBody(Void.class);
    }

    @Test
    void aDisabledUsersTokenIsRefused() {
        String token = TestUsers.token(context, "clerk");

        users.update(clerk.id(), clerk.displayName(), clerk.role(), clerk.scopeAgencyId(), true).block();

        me(token).expectStatus().isUnauthorized().expectBody(Void.class);
    }

    @Test
    void aTokenUsedBeforeItsUserIsDisabledIsRefusedAtOnce() {
        String token = usedToken();

        users.update(clerk.id(), clerk.displayName(), clerk.role(), clerk.scopeAgencyId(), true).block();

        me(token).expectStatus().isUnauthorized().expectBody(Void.class);
    }

    @Test
    void aPasswordChangedInTheDatabaseIsSeenWithinTheRecheck() {
        String token = usedToken();

        // as another backend, or an operator in psql, would change it: this backend is not told
        Mono.from(dsl.update(APP_USER).set(APP_USER.CREDENTIALS_VERSION, APP_USER.CREDENTIALS_VERSION.plus(1))
                .where(APP_USER.ID.eq(clerk.id()))).block();

        assertThat(recheck).isPositive();
        Instant giveUp = Instant.now().plus(recheck).plusSeconds(5);
        while (me(token).returnResult(Void.class).getStatus().value() != 401) {
            assertThat(Instant.now()).as("the old token is still accepted").isBefore(giveUp);
            Mono.delay(Duration.ofMillis(100)).block();
        }
    }

    @Test
    void noTokenIsA401InChinese() {
        web.get().uri("/api/reports?region=town").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.title").isEqualTo("未登录或登录已失效").jsonPath("$.detail").isEqualTo("请先登录");
    }

    /** A token issued minutes ago and used once, so that its user is remembered for the next request (RecentUsers). */
    private String usedToken() {
        String token = sign(tokenKey, claims(Instant.now().plusSeconds(600)));
        me(token).expectStatus().isOk().expectBody(Void.class);
        return token;
    }

    private WebTestClient.ResponseSpec me(String token) {
        return web.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private JwtClaimsSet claims(Instant expiresAt) {
        return JwtClaimsSet.builder()
                .issuer(TokenService.ISSUER)
                .subject(clerk.username())
                .issuedAt(expiresAt.minusSeconds(900))
                .expiresAt(expiresAt)
                .claim(TokenService.USER_ID, clerk.id())
                .claim(TokenService.CREDENTIALS_VERSION, clerk.credentialsVersion())
                .build();
    }

    private static String sign(javax.crypto.SecretKey key, JwtClaimsSet claims) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
