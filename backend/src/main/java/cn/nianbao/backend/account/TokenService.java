package cn.nianbao.backend.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
 * <p>
 * A token also carries when its holder typed their password ({@value #SIGNED_IN_AT}). Renewing keeps that time, and
 * no renewed token outlives {@code signed-in + session-max}: a session ends after at most that long, however often it
 * is renewed.
 */
@Component
public class TokenService {

    public static final String ISSUER = "nianbao";
    public static final String USER_ID = "uid";
    public static final String CREDENTIALS_VERSION = "cv";
    /** OpenID Connect's name for the time of the sign-in with a password. */
    public static final String SIGNED_IN_AT = "auth_time";

    private final JwtEncoder encoder;
    private final Duration lifetime;
    private final Duration sessionMax;
    private final Clock clock;

    public TokenService(JwtEncoder encoder, @Value("${nianbao.security.token-lifetime:15m}") Duration lifetime,
                        @Value("${nianbao.security.session-max:12h}") Duration sessionMax, Clock clock) {
        this.encoder = encoder;
        this.lifetime = lifetime;
        this.sessionMax = sessionMax;
        this.clock = clock;
    }

    /** A token for a user who has just given their password. */
    public IssuedToken issue(UserAccount user) {
        return issue(user, clock.instant());
    }

    /** A renewed token for the same sign-in; empty once the session has reached its longest. */
    public Optional<IssuedToken> renew(UserAccount user, Instant signedInAt) {
        return clock.instant().isBefore(sessionEnd(signedInAt))
                ? Optional.of(issue(user, signedInAt)) : Optional.empty();
    }

    public Duration sessionMax() {
        return sessionMax;
    }

    private Instant sessionEnd(Instant signedInAt) {
        return signedInAt.plus(sessionMax);
    }

    private IssuedToken issue(UserAccount user, Instant signedInAt) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        if (expiresAt.isAfter(sessionEnd(signedInAt))) {
            expiresAt = sessionEnd(signedInAt);
        }
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user.username())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(SIGNED_IN_AT, signedInAt.getEpochSecond())
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
