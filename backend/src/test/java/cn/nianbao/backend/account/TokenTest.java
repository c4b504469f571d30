package cn.nianbao.backend.account;

import java.nio.charset.StandardCharsets;
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
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

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
    void noTokenIsA401InChinese() {
        web.get().uri("/api/reports?region=town").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.title").isEqualTo("未登录或登录已失效").jsonPath("$.detail").isEqualTo("请先登录");
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
