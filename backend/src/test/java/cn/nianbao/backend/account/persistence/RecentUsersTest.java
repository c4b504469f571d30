package cn.nianbao.backend.account.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import cn.nianbao.backend.account.UserAccount;
import cn.nianbao.backend.platform.security.Role;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** When a token's user is taken from memory and when it is read again. */
class RecentUsersTest {

    private static final Instant READ_AT = Instant.parse("2026-12-03T10:00:00.400Z");
    /** A token issued in the second before the read. */
    private static final Instant ISSUED = READ_AT.minusSeconds(1);

    private Instant now = READ_AT;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final AtomicInteger reads = new AtomicInteger();
    private final RecentUsers recent = new RecentUsers(Duration.ofSeconds(2), clock);

    @Test
    void aUserReadRecentlyIsNotReadAgain() {
        assertThat(user(7, ISSUED).username()).isEqualTo("user7");
        now = READ_AT.plusMillis(1900);

        assertThat(user(7, ISSUED).username()).isEqualTo("user7");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aUserIsReadAgainOnceTheRecheckHasPassed() {
        user(7, ISSUED);
        now = READ_AT.plusSeconds(2);

        user(7, ISSUED);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aTokenIssuedInTheSecondOfTheReadOrLaterIsCheckedAfresh() {
        user(7, ISSUED);
        now = READ_AT.plusMillis(500);

        user(7, READ_AT.minusMillis(400));
        user(7, READ_AT.plusMillis(300));
        user(7, null);
        assertThat(reads).hasValue(4);
    }

    @Test
    void aChangeMakesTheNextRequestReadTheUser() {
        user(7, ISSUED);
        user(8, ISSUED);

        recent.changed(7);

        user(7, ISSUED);
        user(8, ISSUED);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aReadThatBeganBeforeAChangeIsNotKept() {
        // the change is committed while the read is on its way
        recent.user(7, ISSUED, () -> Mono.fromSupplier(() -> {
            recent.changed(7);
            reads.incrementAndGet();
            return account(7);
        })).block();

        user(7, ISSUED);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aUserNotFoundIsNotRemembered() {
        assertThat(recent.user(7, ISSUED, () -> {
            reads.incrementAndGet();
            return Mono.empty();
        }).blockOptional()).isEmpty();

        user(7, ISSUED);
        assertThat(reads).hasValue(2);
    }

    @Test
    void zeroReadsTheUserForEveryRequest() {
        RecentUsers never = new RecentUsers(Duration.ZERO, clock);
        for (int i = 0; i < 3; i++) {
            never.user(7, ISSUED, () -> Mono.fromSupplier(() -> {
                reads.incrementAndGet();
                return account(7);
            })).block();
        }
        assertThat(reads).hasValue(3);
    }

    @Test
    void aNegativeRecheckIsRefused() {
        assertThatThrownBy(() -> new RecentUsers(Duration.ofSeconds(-1), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user-recheck");
    }

    @Test
    void pastTheBoundTheUsersAreReadAgain() {
        for (long id = 1; id <= RecentUsers.MAX_USERS; id++) {
            user(id, ISSUED);
        }
        user(RecentUsers.MAX_USERS + 1L, ISSUED);
        reads.set(0);

        user(1, ISSUED);
        user(RecentUsers.MAX_USERS + 1L, ISSUED);
        assertThat(reads).hasValue(1);
    }

    private UserAccount user(long id, Instant issuedAt) {
        return recent.user(id, issuedAt, () -> Mono.fromSupplier(() -> {
            reads.incrementAndGet();
            return account(id);
        })).block();
    }

    private static UserAccount account(long id) {
        return new UserAccount(id, "user" + id, "用户" + id, "{noop}x", Role.SUPERVISOR, 1L, "c", "某市", false, false,
                false, null, 0, null, null);
    }
}
