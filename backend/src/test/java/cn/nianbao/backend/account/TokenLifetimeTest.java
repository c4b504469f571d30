package cn.nianbao.backend.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import cn.nianbao.backend.account.persistence.UserRepository;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * How long a token, and a session of renewed tokens, can live: never longer than the backend issues them, even when
 * signed with the right key; a chain of renewals ends {@code session-max} after the password was typed; renewing in a
 * loop is refused.
 */
@BackendIntegrationTest
class TokenLifetimeTest {

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
    void aTokenWithoutExpiryIsRefused() {
        me(sign(claims(Instant.now()).build())).expectStatus().isUnauthorized().expectBody(Void.class);
    }

    @Test
    void aTokenThatWouldLiveLongerThanAnyIssuedIsRefused() {
        Instant now = Instant.now();

        me(sign(claims(now).expiresAt(now.plusSeconds(365L * 24 * 3600)).build())).expectStatus().isUnauthorized()
                .expectBody(Void.class);
        me(sign(claims(now).expiresAt(now.plusSeconds(600)).build())).expectStatus().isOk().expectBody(Void.class);
    }

    @Test
    void renewingCannotStretchASessionBeyondItsLongest() {
        Instant now = Instant.now();
        long twelveHours = 12 * 3600;
        String atTheEnd = sign(claims(now).expiresAt(now.plusSeconds(45))
                .claim(TokenService.SIGNED_IN_AT, now.minusSeconds(twelveHours + 10).getEpochSecond()).build());
        String fiveMinutesBefore = sign(claims(now).expiresAt(now.plusSeconds(300))
                .claim(TokenService.SIGNED_IN_AT, now.minusSeconds(twelveHours - 300).getEpochSecond()).build());
        String claimingAnOldSignIn = sign(claims(now).expiresAt(now.plusSeconds(600))
                .claim(TokenService.SIGNED_IN_AT, now.minusSeconds(13 * 3600).getEpochSecond()).build());

        refresh(atTheEnd).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("登录已超过 12 小时，请重新登录");
        // renewed, but the new token ends with the session, not 15 minutes later
        refresh(fiveMinutesBefore).expectStatus().isOk()
                .expectBody().jsonPath("$.expires_at").value(expiresAt ->
                        assertThat(Instant.parse((String) expiresAt)).isBefore(now.plusSeconds(6 * 60)));
        // a token that would outlive its sign-in's session is not accepted at all
        me(claimingAnOldSignIn).expectStatus().isUnauthorized().expectBody(Void.class);
    }

    @Test
    void renewingInALoopIsRefused() {
        String token = TestUsers.token(context, "clerk");
        int renewed = 0;
        while (renewed <= RefreshThrottle.MAX_RENEWALS
                && refresh(token).expectBody().returnResult().getStatus().value() == 200) {
            renewed++;
        }

        // at most MAX_RENEWALS within the window (fewer when this user id renewed in an earlier test)
        assertThat(renewed).isLessThanOrEqualTo(RefreshThrottle.MAX_RENEWALS);
        refresh(token).expectStatus().isEqualTo(429).expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.detail").isEqualTo("续期过于频繁，请稍后再试");
    }

    private WebTestClient.ResponseSpec me(String token) {
        return web.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private WebTestClient.ResponseSpec refresh(String token) {
        return web.post().uri("/api/auth/refresh").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private JwtClaimsSet.Builder claims(Instant issuedAt) {
        return JwtClaimsSet.builder()
                .issuer(TokenService.ISSUER)
                .subject(clerk.username())
                .issuedAt(issuedAt)
                .claim(TokenService.USER_ID, clerk.id())
                .claim(TokenService.CREDENTIALS_VERSION, clerk.credentialsVersion());
    }

    private String sign(JwtClaimsSet claims) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(tokenKey))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
