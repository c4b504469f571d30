package cn.nianbao.backend.account;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.account.persistence.UserRepository;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a token whose signature and lifetime are valid into a Caller, but only if the user still exists, is not
 * disabled, and has not changed password, role or scope since the token was issued (as read at most
 * {@code nianbao.security.user-recheck} ago, a change through this backend at once: {@link UserRepository#signedIn}).
 */
@Component
class CallerAuthenticationConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final UserRepository users;

    CallerAuthenticationConverter(UserRepository users) {
        this.users = users;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        Number userId = jwt.getClaim(TokenService.USER_ID);
        Number version = jwt.getClaim(TokenService.CREDENTIALS_VERSION);
        if (userId == null || version == null) {
            return Mono.error(new InvalidBearerTokenException("令牌缺少用户信息"));
        }
        return users.signedIn(userId.longValue(), jwt.getIssuedAt())
                .filter(user -> !user.disabled() && user.credentialsVersion() == version.intValue()
                        && user.username().equals(jwt.getSubject()))
                .switchIfEmpty(Mono.error(new InvalidBearerTokenException("令牌已失效，请重新登录")))
                .map(user -> new CallerAuthentication(user.caller(), jwt, authorities(user)));
    }

    private static List<GrantedAuthority> authorities(UserAccount user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
        if (user.mustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        return authorities;
    }
}
