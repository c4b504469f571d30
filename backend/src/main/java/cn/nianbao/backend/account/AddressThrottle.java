package cn.nianbao.backend.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import cn.nianbao.backend.account.persistence.ThrottleAttemptRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Failed sign-ins (and failed password changes) per client address over a sliding window, so that one machine cannot
 * try password after password across many names. The address is the real client's ({@code ClientAddress}: a made-up
 * {@code X-Forwarded-For} is not believed); IPv6 addresses count per /64, the block one subscriber usually has. Counted in
 * PostgreSQL ({@link AttemptWindow}), like the name locks.
 */
@Component
class AddressThrottle {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private final AttemptWindow failures;

    AddressThrottle(ThrottleAttemptRepository attempts, Clock clock) {
        this.failures = new AttemptWindow(attempts, "address", MAX_FAILURES, WINDOW, clock);
    }

    /** How long the address must still wait, zero when it may try. */
    Mono<Duration> refusedFor(String address) {
        return failures.refusedFor(key(address));
    }

    Mono<Void> failed(String address) {
        return failures.add(key(address));
    }

    Mono<Void> succeeded(String address) {
        return failures.clear(key(address));
    }

    /** The address itself, or its /64 for IPv6. */
    static String key(String address) {
        if (address == null) {
            return null;
        }
        try {
            InetAddress ip = InetAddress.ofLiteral(address);
            if (ip instanceof Inet6Address) {
                byte[] prefix = Arrays.copyOf(ip.getAddress(), 16);
                Arrays.fill(prefix, 8, 16, (byte) 0);
                return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
            }
            return ip.getHostAddress();
        } catch (IllegalArgumentException | java.net.UnknownHostException e) {
            return address;
        }
    }
}
