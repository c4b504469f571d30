package cn.nianbao.backend.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues the short-lived signed tokens (JWT, HMAC-SHA256) the dashboard sends with every call on a user's behalf.
 * A token names the user and the credentials version it was issued for; the backend checks both against the user
 * record on every request, so a password, role or scope change or a disabled account takes effect at once.
 */
@Component
public class TokenService {

    public static final String ISSUER = "nianbao";
    public static final String USER_ID = "uid";
    public static final String CREDENTIALS_VERSION = "cv";

    private final JwtEncoder encoder;
    private final Duration lifetime;
    private final Clock clock;

    public TokenService(JwtEncoder encoder, @Value("${nianbao.security.token-lifetime:15m}") Duration lifetime,
                        Clock clock) {
        this.encoder = encoder;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public IssuedToken issue(UserAccount user) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user.username())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(USER_ID, user.id())
                .claim(CREDENTIALS_VERSION, user.credentialsVersion())
                .claim("role", user.role().name());
        if (user.scopeAgencyCode() != null) {
            claims.claim("scope_agency", user.scopeAgencyCode());
        }
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                claims.build())).getTokenValue();
        return new IssuedToken(token, expiresAt);
    }
}
