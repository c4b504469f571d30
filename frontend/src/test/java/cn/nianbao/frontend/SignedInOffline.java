package cn.nianbao.frontend;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.nianbao.frontend.backend.BackendJson;
import cn.nianbao.frontend.backend.Credentials;
import cn.nianbao.frontend.backend.User;
import cn.nianbao.frontend.security.BackendAuthentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * A user of {@code users.json} who signed in earlier, with a token good for 15 minutes: the security context the
 * provider makes, for tests where no backend answers (the backend went down after the sign-in).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Documented
@WithSecurityContext(factory = SignedInOffline.Factory.class)
public @interface SignedInOffline {

    String value();

    class Factory implements WithSecurityContextFactory<SignedInOffline> {

        @Override
        public SecurityContext createSecurityContext(SignedInOffline signedIn) {
            User user = BackendJson.MAPPER.treeToValue(BackendStub.user(signedIn.value()), User.class);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new BackendAuthentication(user,
                    new Credentials("tok-offline", Instant.now().plus(15, ChronoUnit.MINUTES)), "198.51.100.23"));
            return context;
        }
    }
}
