package cn.nianbao.backend.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;

import cn.nianbao.backend.account.persistence.ThrottleAttemptRepository;
import reactor.core.publisher.Mono;

/**
 * Attempts per key over a sliding window: at most {@code max} within {@code window}. Kept in PostgreSQL, so that
 * every backend behind a load balancer counts the same attempts; the rows of keys that stop trying are deleted once a
 * window has passed, so an attacker with many addresses costs rows in proportion to the window, not to the attack.
 */
final class AttemptWindow {

    private final ThrottleAttemptRepository attempts;
    private final String kind;
    private final int max;
    private final Duration window;
    private final Clock clock;
    private final AtomicReference<Instant> lastSwept = new AtomicReference<>(Instant.EPOCH);

    AttemptWindow(ThrottleAttemptRepository attempts, String kind, int max, Duration window, Clock clock) {
        this.attempts = attempts;
        this.kind = kind;
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** How long the key must still wait, zero when it may try. */
    Mono<Duration> refusedFor(String key) {
        if (key == null) {
            return Mono.just(Duration.ZERO);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return attempts.oldestOfFullWindow(kind, key, max, now.minus(window))
                .map(oldest -> Duration.between(now, oldest.plus(window)))
                .filter(wait -> wait.isPositive())
                .defaultIfEmpty(Duration.ZERO);
    }

    Mono<Void> add(String key) {
        if (key == null) {
            return Mono.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return attempts.add(kind, key, now, now.minus(window)).then(sweep(now));
    }

    Mono<Void> clear(String key) {
        return key == null ? Mono.empty() : attempts.clear(kind, key);
    }

    /** At most once a window, whichever backend comes first: the attempts of every key that have left it. */
    private Mono<Void> sweep(OffsetDateTime now) {
        Instant last = lastSwept.get();
        if (now.toInstant().isBefore(last.plus(window)) || !lastSwept.compareAndSet(last, now.toInstant())) {
            return Mono.empty();
        }
        return attempts.forgetBefore(kind, now.minus(window));
    }
}
