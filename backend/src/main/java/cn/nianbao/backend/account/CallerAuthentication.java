package cn.nianbao.backend.account;

import java.time.Instant;
import java.util.Collection;

import cn.nianbao.backend.platform.security.Caller;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A request authenticated by a valid token of a user whose record still matches it; the principal is the Caller. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final transient Jwt token;

    CallerAuthentication(Caller caller, Jwt token, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.caller = caller;
        this.token = token;
        setAuthenticated(true);
    }

    /** When the holder typed their password (the sign-in this token descends from), or null for an older token. */
    Instant signedInAt() {
        return token.hasClaim(TokenService.SIGNED_IN_AT) ? token.getClaimAsInstant(TokenService.SIGNED_IN_AT) : null;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.username();
    }
}
