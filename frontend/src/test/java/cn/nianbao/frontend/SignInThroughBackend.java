package cn.nianbao.frontend;

import cn.nianbao.frontend.security.BackendAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Signs in as the form login would: a username/password attempt with the browser's address, through the provider. */
public class SignInThroughBackend implements WithSecurityContextFactory<SignedInAs> {

    private final BackendAuthenticationProvider provider;

    public SignInThroughBackend(BackendAuthenticationProvider provider) {
        this.provider = provider;
    }

    @Override
    public SecurityContext createSecurityContext(SignedInAs user) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(user.value(), BackendStub.PASSWORD);
        attempt.setDetails(new WebAuthenticationDetails(user.from(), null));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(provider.authenticate(attempt));
        return context;
    }
}
