package cn.nianbao.backend.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses tokens that claim to live longer than this backend ever issues them: without {@code exp}, with an
 * {@code exp} further away than one token lifetime, or past the session's longest ({@link TokenService}). Spring's
 * own timestamp check only refuses an {@code exp} in the past. Such a token can only come from someone holding the key
 * (or an older, more generous configuration), and is not worth its signature.
 */
final class TokenLifetimeValidator implements OAuth2TokenValidator<Jwt> {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final OAuth2TokenValidatorResult TOO_LONG = OAuth2TokenValidatorResult.failure(
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "令牌有效期超出允许范围", null));

    private final Duration lifetime;
    private final Duration sessionMax;
    private final Clock clock;

    TokenLifetimeValidator(Duration lifetime, Duration sessionMax, Clock clock) {
        this.lifetime = lifetime;
        this.sessionMax = sessionMax;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant expiresAt = token.getExpiresAt();
        Instant now = clock.instant();
        if (expiresAt == null || expiresAt.isAfter(now.plus(lifetime).plus(CLOCK_SKEW))) {
            return TOO_LONG;
        }
        Instant signedInAt = token.hasClaim(TokenService.SIGNED_IN_AT)
                ? token.getClaimAsInstant(TokenService.SIGNED_IN_AT) : null;
        if (signedInAt != null && (signedInAt.isAfter(now.plus(CLOCK_SKEW))
                || expiresAt.isAfter(signedInAt.plus(sessionMax).plus(CLOCK_SKEW)))) {
            return TOO_LONG;
        }
        return OAuth2TokenValidatorResult.success();
    }
}
