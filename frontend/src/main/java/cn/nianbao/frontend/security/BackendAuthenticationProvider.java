package cn.nianbao.frontend.security;

import cn.nianbao.frontend.backend.AuthClient;
import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.SignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password by asking the backend ({@code POST /api/auth/login}); the dashboard keeps no
 * passwords. On success the backend's token and user become the session's {@link BackendAuthentication}. The one
 * provider of the application (a bean, so Spring Boot makes no in-memory user and the login is asked only once).
 */
@Component
public class BackendAuthenticationProvider implements AuthenticationProvider {

    /** The backend's own sentence for a wrong username or password, used when its answer has none. */
    static final String WRONG = "用户名或密码错误";

    private static final Logger LOG = LoggerFactory.getLogger(BackendAuthenticationProvider.class);

    private final AuthClient backend;

    public BackendAuthenticationProvider(AuthClient backend) {
        this.backend = backend;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName() == null ? "" : attempt.getName().strip();
        Object password = attempt.getCredentials();
        if (username.isEmpty() || password == null || password.toString().isEmpty()) {
            throw new BadCredentialsException(WRONG);
        }
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        try {
            SignedIn signedIn = backend.login(username, password.toString(), address);
            BackendAuthentication authentication =
                    new BackendAuthentication(signedIn.user(), signedIn.credentials(), address);
            authentication.setDetails(attempt.getDetails());
            LOG.info("{} signed in from {} as {}", signedIn.user().username(), address, signedIn.user().role());
            return authentication;
        } catch (BackendException e) {
            if (e.isStatus(401)) {
                throw new BadCredentialsException(e.detail() == null ? WRONG : e.detail());
            }
            if (e.isStatus(429)) {
                throw new LockedException(e.detail() == null ? e.title() : e.detail());
            }
            LOG.warn("sign-in of {} could not be checked: {}", username, e.getMessage());
            throw new SignInUnavailableException(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
