package cn.nianbao.backend.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.nianbao.backend.account.persistence.ThrottleAttemptRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Renewals per sign-in (a user and the time they typed their password) over a sliding window. The dashboard renews a
 * 15-minute token once it has less than 5 minutes left, so a session renews a few times per quarter hour at most; a
 * client renewing in a loop is refused (429) instead of filling the CPU with signatures.
 */
@Component
class RefreshThrottle {

    static final int MAX_RENEWALS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final AttemptWindow renewals;

    RefreshThrottle(ThrottleAttemptRepository attempts, Clock clock) {
        this.renewals = new AttemptWindow(attempts, "renewal", MAX_RENEWALS, WINDOW, clock);
    }

    /** Counts a renewal for the sign-in; how long it must wait when it has been renewed too often. */
    Mono<Duration> renew(long userId, Instant signedInAt) {
        String key = userId + "@" + signedInAt.getEpochSecond();
        return renewals.refusedFor(key)
                .flatMap(wait -> wait.isZero() ? renewals.add(key).thenReturn(wait) : Mono.just(wait));
    }
}
