package cn.nianbao.backend.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per address over a sliding window, so that one machine cannot try password after password across
 * many accounts. In memory: a restart forgets, the account locks in the database do not.
 */
@Component
class AddressThrottle {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    AddressThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the address must still wait, zero when it may try. */
    Duration refusedFor(String address) {
        if (address == null) {
            return Duration.ZERO;
        }
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            Instant now = clock.instant();
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            return times.size() < MAX_FAILURES ? Duration.ZERO
                    : Duration.between(now, times.peekFirst().plus(WINDOW));
        }
    }

    void failed(String address) {
        if (address != null) {
            Deque<Instant> times = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(clock.instant());
                while (times.size() > MAX_FAILURES) {
                    times.pollFirst();
                }
            }
        }
    }

    void succeeded(String address) {
        if (address != null) {
            failures.remove(address);
        }
    }
}
