package cn.nianbao.backend.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.nianbao.backend.db.enums.AgencyKind;
import cn.nianbao.backend.support.BackendIntegrationTest;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A statement rendered once per shape answers as jOOQ's own execution of it does, is built again only for a shape
 * not kept, and on the planned reads is prepared and planned once like any other planned read.
 */
@BackendIntegrationTest
class RenderedOnceTest {

    @Autowired
    StandbyReads reads;

    @Test
    void answersAsJooqDoesWithEveryKindOfValue() {
        RenderedOnce rendered = new RenderedOnce(reads.planned(), 4);
        List<Object> viaJooq = Mono.from(typed(reads.planned())).map(row -> List.of(row.intoArray())).block();

        List<Object> once = rendered.fetch("typed", () -> typed(reads.planned()), row -> List.<Object>of(
                row.get(0, String.class), row.get(1, Short.class), row.get(2, Integer.class),
                row.get(3, Long.class), row.get(4, BigDecimal.class), row.get(5, Boolean.class),
                row.get(6, LocalDate.class), row.get(7, String.class))).blockFirst();

        assertThat(once).isEqualTo(viaJooq).containsExactly("城关街道", (short) 2024, 7, 9_000_000_000L,
                new BigDecimal("12.50"), true, LocalDate.of(2025, 1, 31), "TOWNSHIP");
    }

    @Test
    void aShapeIsBuiltOnceAndBuiltAgainOnlyWhenItWasDropped() {
        RenderedOnce rendered = new RenderedOnce(reads.planned(), 2);
        AtomicInteger built = new AtomicInteger();

        for (int i = 0; i < 3; i++) {
            assertThat(valueOf(rendered, "a", 1, built)).isEqualTo(1);
        }
        assertThat(built).as("one shape asked three times").hasValue(1);

        assertThat(valueOf(rendered, "b", 2, built)).isEqualTo(2);
        assertThat(valueOf(rendered, "c", 3, built)).isEqualTo(3);
        assertThat(built).hasValue(3);
        assertThat(valueOf(rendered, "a", 1, built)).as("the least recently used shape, dropped").isEqualTo(1);
        assertThat(built).hasValue(4);
        assertThat(valueOf(rendered, "c", 3, built)).isEqualTo(3);
        assertThat(built).as("kept").hasValue(4);
    }

    @Test
    void onThePlannedReadsTheStatementIsPreparedAndPlannedOnce() {
        RenderedOnce rendered = new RenderedOnce(reads.planned(), 4);
        long genericPlans = 0;
        for (int i = 0; i < 3; i++) {
            // the statement sees itself in pg_prepared_statements: its marker, and a value bound
            genericPlans = rendered.fetch("prepared", () -> DSL.select(DSL.max(DSL.field("generic_plans", Long.class)))
                    .from(DSL.table("pg_prepared_statements"))
                    .where(DSL.field("statement", String.class).contains(DSL.inline("nianbao rendered once test")),
                            DSL.val(1).eq(DSL.inline(1))), row -> row.get(0, Long.class)).blockFirst();
        }
        assertThat(genericPlans).isPositive();
    }

    @Test
    void aShapeWithItsValuesApartIsRenderedOnceAndRunWithTheValuesOfEachCall() {
        RenderedOnce rendered = new RenderedOnce(reads.planned(), 4);
        AtomicInteger built = new AtomicInteger();

        assertThat(difference(rendered, 10, 3, built)).isEqualTo(7);
        assertThat(difference(rendered, 3, 10, built)).isEqualTo(-7);
        assertThat(difference(rendered, 100, 1, built)).isEqualTo(99);
        assertThat(built).as("one text for every value").hasValue(1);
    }

    @Test
    void valuesGivenOutOfTheirPlaceAreRefusedWhenRendered() {
        RenderedOnce rendered = new RenderedOnce(reads.planned(), 4);

        assertThatThrownBy(() -> rendered.fetch("swapped", List.of(3, 10),
                () -> DSL.select(DSL.val(10).minus(DSL.val(3))), row -> row.get(0, Integer.class)).blockFirst())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[3, 10] given for [10, 3]");
        assertThatThrownBy(() -> rendered.fetch("long for int", List.of(10L, 3L),
                () -> DSL.select(DSL.val(10).minus(DSL.val(3))), row -> row.get(0, Integer.class)).blockFirst())
                .as("a value of another type binds another type").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBlankValueIsRefusedWhenRendered() {
        RenderedOnce rendered = new RenderedOnce(reads.planned(), 4);

        assertThatThrownBy(() -> rendered.fetch("null", () -> DSL.select(DSL.val((String) null, String.class)),
                row -> row.get(0, String.class)).blockFirst())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }

    private static int valueOf(RenderedOnce rendered, String shape, int value, AtomicInteger built) {
        return Flux.from(rendered.fetch(shape, () -> {
            built.incrementAndGet();
            return DSL.select(DSL.val(value));
        }, row -> row.get(0, Integer.class))).blockFirst();
    }

    private static int difference(RenderedOnce rendered, int minuend, int subtrahend, AtomicInteger built) {
        return rendered.fetch("difference", List.of(minuend, subtrahend), () -> {
            built.incrementAndGet();
            return DSL.select(DSL.val(minuend).minus(DSL.val(subtrahend)));
        }, row -> row.get(0, Integer.class)).blockFirst();
    }

    private static ResultQuery<? extends Record> typed(Tx tx) {
        return tx.dsl().select(DSL.val("城关街道"), DSL.val((short) 2024), DSL.val(7), DSL.val(9_000_000_000L),
                DSL.val(new BigDecimal("12.50")), DSL.val(true), DSL.val(LocalDate.of(2025, 1, 31)),
                DSL.val(AgencyKind.TOWNSHIP).cast(SQLDataType.VARCHAR));
    }
}
