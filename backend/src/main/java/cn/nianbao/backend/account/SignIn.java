package cn.nianbao.backend.account;

import cn.nianbao.backend.account.persistence.UserRepository;
import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.platform.web.UnauthorizedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Signing in with username and password (the name in any case). Unknown users, wrong passwords and disabled accounts
 * get the same answer after the same work; too many failures lock the name, known or not ({@link SignInThrottle}).
 */
@Service
public class SignIn {

    private static final String WRONG = "用户名或密码错误";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    /** Hashed once, so that an unknown username costs as much time as a wrong password. */
    private final String dummyHash;

    public SignIn(UserRepository users, PasswordEncoder passwords, TokenService tokens, AuditLog audit,
                  SignInThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.audit = audit;
        this.throttle = throttle;
        this.dummyHash = passwords.encode("not-a-password-of-anyone");
    }

    /** A signed-in user and their first token. */
    public record SignedIn(UserAccount user, IssuedToken token) {
    }

    public Mono<SignedIn> signIn(String username, String password) {
        String name = username == null ? "" : username.strip();
        return throttle.checkAllowed(name, null, null)
                .then(users.findByUsername(name))
                .flatMap(user -> attempt(user, password))
                .switchIfEmpty(Mono.defer(() -> matches(password, dummyHash)
                        .then(failed(name, "用户不存在"))));
    }

    private Mono<SignedIn> attempt(UserAccount user, String password) {
        return matches(password, user.passwordHash()).flatMap(matches -> {
            if (!matches || user.disabled()) {
                return failed(user.username(), user.disabled() ? "账号已停用" : "密码错误");
            }
            return throttle.succeeded(user.username())
                    .then(audit.record(user.username(), user.role(), AuditAction.LOGIN_SUCCEEDED,
                            user.scopeAgencyId(), null, null))
                    .thenReturn(new SignedIn(user, tokens.issue(user)));
        });
    }

    private Mono<SignedIn> failed(String name, String why) {
        return throttle.failed(name, null, null, why).then(Mono.error(new UnauthorizedException(WRONG)));
    }

    /** bcrypt is slow on purpose: keep it off the event loop. */
    private Mono<Boolean> matches(String password, String hash) {
        return Mono.fromCallable(() -> password != null && passwords.matches(password, hash))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
