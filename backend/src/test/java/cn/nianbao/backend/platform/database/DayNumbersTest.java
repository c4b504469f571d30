package cn.nianbao.backend.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.support.BackendIntegrationTest;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;

/** A date read as its day number is the date PostgreSQL holds, on either side of 1970, and null stays null. */
@BackendIntegrationTest
class DayNumbersTest {

    @Autowired
    Database database;

    @Test
    void aDateReadAsItsDayNumberIsTheSameDate() {
        Field<LocalDate> day = DSL.field(DSL.name("day"), SQLDataType.LOCALDATE);
        Field<LocalDate> asNumber = DayNumbers.of(day);
        List<LocalDate> dates = List.of(LocalDate.of(1969, 12, 31), LocalDate.EPOCH, LocalDate.of(2008, 2, 29),
                LocalDate.of(2024, 12, 31), LocalDate.of(2100, 1, 1));
        List<LocalDate> read = new ArrayList<>();
        List<LocalDate> plain = new ArrayList<>();
        var tx = database.autoCommit();
        Flux.from(tx.dsl().select(day, asNumber)
                        .from(DSL.values(dates.stream().map(DSL::row).toArray(org.jooq.Row1[]::new)).as("t", "day"))
                        .unionAll(DSL.select(DSL.inline(null, day), DayNumbers.of(DSL.inline(null, day)))))
                .doOnNext(row -> {
                    plain.add(row.value1());
                    read.add(row.value2());
                })
                .blockLast();

        List<LocalDate> expected = new ArrayList<>(dates);
        expected.add(null);
        assertThat(plain).containsExactlyElementsOf(expected);
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(asNumber.getName()).isEqualTo("day");
    }
}
