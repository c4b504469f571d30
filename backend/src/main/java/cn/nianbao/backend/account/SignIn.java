package cn.nianbao.backend.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import cn.nianbao.backend.account.persistence.UserRepository;
import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.platform.security.ClientAddress;
import cn.nianbao.backend.platform.web.TooManyRequestsException;
import cn.nianbao.backend.platform.web.UnauthorizedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Signing in with username and password. After {@value #FAILURES_BEFORE_LOCK} failures in a row an account is locked
 * for 15 minutes, doubling with every further failure up to a day; a sign-in address with too many failures across
 * accounts is refused for a while too. Unknown users, wrong passwords and disabled accounts get the same answer.
 */
@Service
public class SignIn {

    static final int FAILURES_BEFORE_LOCK = 5;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(15);
    private static final Duration LONGEST_LOCK = Duration.ofDays(1);
    private static final String WRONG = "用户名或密码错误";
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    private final AuditLog audit;
    private final AddressThrottle addresses;
    private final Clock clock;
    /** Hashed once, so that an unknown username costs as much time as a wrong password. */
    private final String dummyHash;

    public SignIn(UserRepository users, PasswordEncoder passwords, TokenService tokens, AuditLog audit,
                  AddressThrottle addresses, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.audit = audit;
        this.addresses = addresses;
        this.clock = clock;
        this.dummyHash = passwords.encode("not-a-password-of-anyone");
    }

    /** A signed-in user and their first token. */
    public record SignedIn(UserAccount user, IssuedToken token) {
    }

    public Mono<SignedIn> signIn(String username, String password) {
        String name = username == null ? "" : username.trim();
        return Mono.deferContextual(context -> {
            String address = ClientAddress.of(context);
            Duration addressWait = addresses.refusedFor(address);
            if (!addressWait.isZero()) {
                return audit.record(name, null, AuditAction.LOGIN_LOCKED, null, null, "此地址登录失败次数过多")
                        .then(Mono.error(new TooManyRequestsException("登录失败次数过多，请 "
                                + minutes(addressWait) + " 分钟后再试", addressWait)));
            }
            return users.findByUsername(name)
                    .flatMap(user -> attempt(user, password, address))
                    .switchIfEmpty(Mono.defer(() -> matches(password, dummyHash)
                            .then(failed(name, address, "用户不存在"))));
        });
    }

    private Mono<SignedIn> attempt(UserAccount user, String password, String address) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (user.lockedAt(now)) {
            return audit.record(user.username(), user.role(), AuditAction.LOGIN_LOCKED, user.scopeAgencyId(), null,
                            "账号锁定中")
                    .then(Mono.error(new TooManyRequestsException("登录失败次数过多，账号已锁定至 "
                            + user.lockedUntil().atZoneSameInstant(CHINA).format(CLOCK_TIME) + "（北京时间）",
                            Duration.between(now, user.lockedUntil()))));
        }
        return matches(password, user.passwordHash()).flatMap(matches -> {
            if (!matches || user.disabled()) {
                int failures = user.failedLogins() + 1;
                OffsetDateTime lockedUntil = failures >= FAILURES_BEFORE_LOCK ? now.plus(lockFor(failures)) : null;
                return users.recordFailedLogin(user.id(), lockedUntil)
                        .then(failed(user.username(), address, user.disabled() ? "账号已停用" : "密码错误"
                                + (lockedUntil == null ? "" : "，账号锁定 " + minutes(lockFor(failures)) + " 分钟")));
            }
            addresses.succeeded(address);
            return users.recordSuccessfulLogin(user.id())
                    .then(audit.record(user.username(), user.role(), AuditAction.LOGIN_SUCCEEDED,
                            user.scopeAgencyId(), null, null))
                    .thenReturn(new SignedIn(user, tokens.issue(user)));
        });
    }

    private Mono<SignedIn> failed(String username, String address, String why) {
        addresses.failed(address);
        return audit.record(username, null, AuditAction.LOGIN_FAILED, null, null, why)
                .then(Mono.error(new UnauthorizedException(WRONG)));
    }

    /** bcrypt is slow on purpose: keep it off the event loop. */
    private Mono<Boolean> matches(String password, String hash) {
        return Mono.fromCallable(() -> password != null && passwords.matches(password, hash))
                .subscribeOn(Schedulers.boundedElastic());
    }

    static Duration lockFor(int failures) {
        int doublings = Math.min(failures - FAILURES_BEFORE_LOCK, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.max(0, doublings));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }
}
