package cn.nianbao.backend.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attempts per key over a sliding window, in memory: at most {@code max} within {@code window}. The keys kept are
 * bounded too: past {@code maxKeys}, keys whose attempts have all left the window are forgotten first, then any, so
 * that an attacker with many addresses costs memory in proportion to the limit, not to the attack.
 */
final class AttemptWindow {

    private final int max;
    private final Duration window;
    private final int maxKeys;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    AttemptWindow(int max, Duration window, int maxKeys, Clock clock) {
        this.max = max;
        this.window = window;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** How long the key must still wait, zero when it may try. */
    Duration refusedFor(String key) {
        Deque<Instant> times = key == null ? null : attempts.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            Instant now = clock.instant();
            dropExpired(times, now);
            return times.size() < max ? Duration.ZERO : Duration.between(now, times.peekFirst().plus(window));
        }
    }

    void add(String key) {
        if (key == null) {
            return;
        }
        if (attempts.size() >= maxKeys && !attempts.containsKey(key)) {
            makeRoom();
        }
        Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > max) {
                times.pollFirst();
            }
        }
    }

    void clear(String key) {
        if (key != null) {
            attempts.remove(key);
        }
    }

    private void makeRoom() {
        Instant now = clock.instant();
        attempts.values().removeIf(times -> {
            synchronized (times) {
                dropExpired(times, now);
                return times.isEmpty();
            }
        });
        Iterator<String> any = attempts.keySet().iterator();
        while (attempts.size() >= maxKeys && any.hasNext()) {
            any.next();
            any.remove();
        }
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.pollFirst();
        }
    }
}
