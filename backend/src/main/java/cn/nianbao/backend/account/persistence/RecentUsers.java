package cn.nianbao.backend.account.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import cn.nianbao.backend.account.UserAccount;
import reactor.core.publisher.Mono;

/**
 * The users behind the requests' tokens as read at most {@code recheck} ago. Reading the user of every request was
 * a round trip to the database before each answer, a third of a city's small answers (docs/BENCHMARKS.md). A change
 * made through this backend is seen at once ({@link #changed}); one made by another backend or in the database within
 * {@code recheck}; a token issued in or after the second its user was read is checked afresh (a new sign-in always
 * is). Zero: every request reads its user.
 */
final class RecentUsers {

    /** A bound on the memory: past it the users are read again as they come. */
    static final int MAX_USERS = 10_000;

    private final Duration recheck;
    private final Clock clock;
    private final ConcurrentHashMap<Long, Read> users = new ConcurrentHashMap<>();
    /** Raised by every change, so that a read begun before one is not kept. */
    private final AtomicLong changes = new AtomicLong();

    private record Read(UserAccount user, Instant at) {
    }

    RecentUsers(Duration recheck, Clock clock) {
        if (recheck.isNegative()) {
            throw new IllegalArgumentException("nianbao.security.user-recheck 不能为负数：" + recheck);
        }
        this.recheck = recheck;
        this.clock = clock;
    }

    /** The user with this id, as read recently for a token issued at {@code issuedAt}, else by {@code read}. */
    Mono<UserAccount> user(long id, Instant issuedAt, Supplier<Mono<UserAccount>> read) {
        if (recheck.isZero()) {
            return read.get();
        }
        Instant now = clock.instant();
        Read recent = users.get(id);
        if (recent != null && now.isBefore(recent.at().plus(recheck)) && issuedAt != null
                && issuedAt.getEpochSecond() < recent.at().getEpochSecond()) {
            return Mono.just(recent.user());
        }
        long changesBefore = changes.get();
        return read.get().doOnNext(user -> {
            if (users.size() >= MAX_USERS) {
                users.clear();
            }
            // atomic with changed()'s removal: a change after the read began leaves nothing behind
            users.compute(id, (key, kept) -> changes.get() == changesBefore ? new Read(user, now) : kept);
        });
    }

    /** Called once a change of the user is committed: the next request reads the user again. */
    void changed(long id) {
        changes.incrementAndGet();
        users.remove(id);
    }
}
