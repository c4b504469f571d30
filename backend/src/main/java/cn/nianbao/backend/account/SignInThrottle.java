package cn.nianbao.backend.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import cn.nianbao.backend.account.persistence.SignInFailureRepository;
import cn.nianbao.backend.audit.AuditAction;
import cn.nianbao.backend.audit.AuditLog;
import cn.nianbao.backend.platform.security.ClientAddress;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.TooManyRequestsException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Guessing passwords, slowed down and written down — for signing in and for the current password when changing it.
 * <ul>
 * <li>After {@value #FAILURES_BEFORE_LOCK} failures in a row a <em>name</em> is locked for 15 minutes, doubling with
 * every further failure up to a day. The name is locked whether or not a user has it, with the same answer, so a lock
 * tells nobody which names exist.</li>
 * <li>A client address with {@value AddressThrottle#MAX_FAILURES} failures within 15 minutes is refused for the rest
 * of the window, whatever names it tries.</li>
 * </ul>
 * Every failure and every refusal is in the audit log.
 */
@Component
class SignInThrottle {

    static final int FAILURES_BEFORE_LOCK = 5;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(15);
    private static final Duration LONGEST_LOCK = Duration.ofDays(1);
    /** Names with failures but no lock are forgotten after this long. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);
    private static final int MAX_NAME = 64;
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final SignInFailureRepository failures;
    private final AddressThrottle addresses;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicReference<Instant> lastForgotten = new AtomicReference<>(Instant.EPOCH);

    SignInThrottle(SignInFailureRepository failures, AddressThrottle addresses, AuditLog audit, Clock clock) {
        this.failures = failures;
        this.addresses = addresses;
        this.audit = audit;
        this.clock = clock;
    }

    /** The name as locks count it: trimmed, lower case, at most as long as a username can be. */
    static String key(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }

    /**
     * Refuses (429) when the client's address or the name is locked, before any password is looked at.
     *
     * @param target what was attempted, for the audit log: null for signing in
     */
    Mono<Void> checkAllowed(String name, Role role, String target) {
        return Mono.deferContextual(context -> addresses.refusedFor(ClientAddress.clientOf(context)))
                .flatMap(addressWait -> addressWait.isZero() ? nameAllowed(name, role, target)
                        : audit.record(name, role, AuditAction.LOGIN_LOCKED, null, target, "此地址失败次数过多")
                                .then(Mono.error(new TooManyRequestsException("登录失败次数过多，请 "
                                        + minutes(addressWait) + " 分钟后再试", addressWait))));
    }

    private Mono<Void> nameAllowed(String name, Role role, String target) {
        return Mono.defer(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            return failures.lockedUntil(key(name), now)
                    .flatMap(until -> audit.record(name, role, AuditAction.LOGIN_LOCKED, null, target, "用户名锁定中")
                            .then(Mono.<Void>error(new TooManyRequestsException("登录失败次数过多，该用户名已锁定至 "
                                    + until.atZoneSameInstant(CHINA).format(CLOCK_TIME) + "（北京时间）",
                                    Duration.between(now, until)))));
        });
    }

    /** One more failure of the name from the client's address, recorded; locks the name at the threshold. */
    Mono<Void> failed(String name, Role role, String target, String why) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String key = key(name);
        return Mono.deferContextual(context -> {
            return addresses.failed(ClientAddress.clientOf(context)).then(failures.recordFailure(key, now))
                    .flatMap(count -> {
                        if (count < FAILURES_BEFORE_LOCK) {
                            return audit.record(name, role, AuditAction.LOGIN_FAILED, null, target, why);
                        }
                        Duration lock = lockFor(count);
                        return failures.lock(key, now.plus(lock)).then(audit.record(name, role,
                                AuditAction.LOGIN_FAILED, null, target, why + "，用户名锁定 " + minutes(lock) + " 分钟"));
                    })
                    .then(forgetOldNames(now));
        });
    }

    /** The right password: the name and the address start again from zero. */
    Mono<Void> succeeded(String name) {
        return Mono.deferContextual(context -> addresses.succeeded(ClientAddress.clientOf(context))
                .then(failures.clear(key(name))));
    }

    /** An administrator reset the password: whoever holds the new one may sign in at once. */
    Mono<Void> unlock(String name) {
        return failures.clear(key(name));
    }

    static Duration lockFor(int failures) {
        int doublings = Math.min(failures - FAILURES_BEFORE_LOCK, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.max(0, doublings));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private Mono<Void> forgetOldNames(OffsetDateTime now) {
        Instant last = lastForgotten.get();
        if (now.toInstant().isBefore(last.plus(Duration.ofHours(1)))
                || !lastForgotten.compareAndSet(last, now.toInstant())) {
            return Mono.empty();
        }
        return failures.forgetOlderThan(FORGET_AFTER, now).then();
    }

    static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }
}
