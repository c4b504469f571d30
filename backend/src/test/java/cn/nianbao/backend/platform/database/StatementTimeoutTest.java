package cn.nianbao.backend.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import cn.nianbao.backend.support.BackendIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import reactor.core.publisher.Mono;

/** The application's connections stop a statement at the configured timeout, and the stop is recognised. */
@BackendIntegrationTest
class StatementTimeoutTest {

    @Autowired
    Database database;

    @Autowired
    StandbyReads reads;

    @Test
    void thePrimarysConnectionsStopAStatementAfterAMinute() {
        // the standbys' pool: StandbyReadsTest, which has a standby
        assertThat(setting(database.autoCommit())).isEqualTo("1min");
        assertThat(setting(reads.planned())).as("the planned reads' own pool").isEqualTo("1min");
    }

    @Test
    void aStatementPostgresqlStoppedIsToldFromOtherErrors() {
        Throwable stopped = catchError(database.inTransaction(tx -> Mono.from(tx.dsl()
                        .query("SET LOCAL statement_timeout = '50ms'"))
                .then(Mono.from(tx.dsl().resultQuery("SELECT pg_sleep(5)")))));
        Throwable other = catchError(database.inTransaction(tx -> Mono.from(tx.dsl().resultQuery("SELECT 1 / 0"))));

        assertThat(StatementTimeout.stopped(stopped)).as(String.valueOf(stopped)).isTrue();
        assertThat(StatementTimeout.stopped(other)).as(String.valueOf(other)).isFalse();
        assertThat(StatementTimeout.stopped(new IllegalStateException("no database"))).isFalse();
    }

    @Test
    void theTimeoutIsReadInSpringsFormsAndBounded() {
        assertThat(StatementTimeout.configured(new MockEnvironment())).isEqualTo(Duration.ofSeconds(60));
        assertThat(configured("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(configured("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(configured("0")).isZero();
        for (String wrong : new String[] {"-1s", "25h", "一分钟"}) {
            assertThatThrownBy(() -> configured(wrong)).as(wrong)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(StatementTimeout.PROPERTY);
        }
    }

    private static Duration configured(String text) {
        return StatementTimeout.configured(new MockEnvironment().withProperty(StatementTimeout.PROPERTY, text));
    }

    private static String setting(Tx tx) {
        return Mono.from(tx.dsl().resultQuery("SHOW statement_timeout")).map(row -> row.get(0, String.class)).block();
    }

    private static Throwable catchError(Mono<?> work) {
        return work.then(Mono.<Throwable>empty()).onErrorResume(Mono::just).block();
    }
}
