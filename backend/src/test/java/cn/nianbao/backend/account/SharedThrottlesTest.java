package cn.nianbao.backend.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.nianbao.backend.account.persistence.ThrottleAttemptRepository;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two backends side by side behind a load balancer count the same attempts: each throttle below stands for the one
 * of another backend process (nothing of it is kept in the process), and both read and write the one database.
 */
@BackendIntegrationTest
class SharedThrottlesTest {

    @Autowired
    ThrottleAttemptRepository attempts;
    @Autowired
    Clock clock;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void empty() {
        TestDatabase.truncate(dsl);
    }

    @Test
    void failedSignInsFromOneAddressCountAcrossBackends() {
        AddressThrottle first = new AddressThrottle(attempts, clock);
        AddressThrottle second = new AddressThrottle(attempts, clock);
        for (int i = 0; i < AddressThrottle.MAX_FAILURES; i++) {
            (i % 2 == 0 ? first : second).failed("203.0.113.7").block();
        }

        assertThat(first.refusedFor("203.0.113.7").block()).isPositive()
                .isLessThanOrEqualTo(AddressThrottle.WINDOW);
        assertThat(second.refusedFor("203.0.113.7").block()).isPositive();
        assertThat(second.refusedFor("203.0.113.8").block()).isZero();

        second.succeeded("203.0.113.7").block();
        assertThat(first.refusedFor("203.0.113.7").block()).isZero();
    }

    @Test
    void renewalsOfOneSignInCountAcrossBackends() {
        RefreshThrottle first = new RefreshThrottle(attempts, clock);
        RefreshThrottle second = new RefreshThrottle(attempts, clock);
        Instant signedIn = clock.instant().minusSeconds(60);
        for (int i = 0; i < RefreshThrottle.MAX_RENEWALS; i++) {
            assertThat((i % 2 == 0 ? first : second).renew(7, signedIn).block()).isZero();
        }

        Duration wait = first.renew(7, signedIn).block();
        assertThat(wait).isPositive();
        assertThat(second.renew(7, signedIn).block()).isPositive();
        assertThat(second.renew(8, signedIn).block()).isZero();
    }
}
