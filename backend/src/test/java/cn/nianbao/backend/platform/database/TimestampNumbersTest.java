package cn.nianbao.backend.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.support.BackendIntegrationTest;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;

/**
 * A timestamp read as its number of microseconds is the instant PostgreSQL holds, to the microsecond, on either side
 * of 1970 and whatever offset it was written with; null stays null.
 */
@BackendIntegrationTest
class TimestampNumbersTest {

    @Autowired
    Database database;

    @Test
    void aTimestampReadAsItsMicrosecondsIsTheSameInstant() {
        Field<OffsetDateTime> at = DSL.field(DSL.name("at"), SQLDataType.OFFSETDATETIME);
        List<OffsetDateTime> timestamps = List.of(
                OffsetDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC),
                OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2024, 2, 29, 8, 30, 15, 123_456_000, ZoneOffset.ofHours(8)),
                OffsetDateTime.of(2026, 12, 3, 7, 13, 40, 616_425_000, ZoneOffset.UTC));
        List<OffsetDateTime> read = new ArrayList<>();
        List<OffsetDateTime> plain = new ArrayList<>();
        Flux.from(database.autoCommit().dsl().select(at, TimestampNumbers.of(at))
                        .from(DSL.values(timestamps.stream().map(DSL::row).toArray(org.jooq.Row1[]::new))
                                .as("t", "at"))
                        .unionAll(DSL.select(DSL.castNull(at), TimestampNumbers.of(DSL.castNull(at)))))
                .doOnNext(row -> {
                    plain.add(row.value1());
                    read.add(TimestampNumbers.timestamp(row.value2()));
                })
                .blockLast();

        assertThat(read).hasSize(timestamps.size() + 1).last().isNull();
        for (int i = 0; i < timestamps.size(); i++) {
            assertThat(read.get(i).toInstant()).isEqualTo(timestamps.get(i).toInstant())
                    .isEqualTo(plain.get(i).toInstant());
            assertThat(read.get(i).getOffset()).isEqualTo(ZoneOffset.UTC);
        }
        assertThat(TimestampNumbers.of(at).getName()).isEqualTo("at");
    }
}
