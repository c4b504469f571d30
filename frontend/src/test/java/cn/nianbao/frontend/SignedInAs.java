package cn.nianbao.frontend;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a test as a user of {@code users.json} signed in through the real flow behind the login form: the
 * application's {@code BackendAuthenticationProvider} asks the {@link BackendStub} ({@code POST /api/auth/login},
 * with the browser address {@link #from()}), and its answer becomes the security context before the UI exists.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Inherited
@Documented
@WithSecurityContext(factory = SignInThroughBackend.class)
public @interface SignedInAs {

    /** The username (password: {@link BackendStub#PASSWORD}). */
    String value();

    /** The browser's address at sign-in. */
    String from() default "198.51.100.23";
}
