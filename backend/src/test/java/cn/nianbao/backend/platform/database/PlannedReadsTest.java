package cn.nianbao.backend.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.backend.support.BackendIntegrationTest;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

/**
 * The planned reads keep their statements prepared and plan each once; every other read is planned for its own
 * values, in an unnamed statement the server forgets.
 */
@BackendIntegrationTest
class PlannedReadsTest {

    @Autowired
    StandbyReads reads;

    @Test
    void aPlannedReadIsPreparedOnItsConnectionAndPlannedOnce() {
        Record2<Integer, Long> prepared = ownStatement(reads.planned());

        assertThat(prepared.value1()).as("the statement itself, prepared on its connection").isEqualTo(1);
        assertThat(prepared.value2()).as("its executions on a generic plan").isPositive();
        assertThat(setting(reads.planned())).isEqualTo("force_generic_plan");
    }

    @Test
    void anyOtherReadIsNotPrepared() {
        assertThat(ownStatement(reads.tx()).value1()).isZero();
        assertThat(setting(reads.tx())).isEqualTo("auto");
    }

    /**
     * How many statements of this text the answering connection holds prepared, and how often they were run on a
     * generic plan: the statement sees itself, prepared before it runs.
     */
    private static Record2<Integer, Long> ownStatement(Tx tx) {
        // the marker written into the text, and one value bound: a statement without values is sent unprepared
        return Mono.from(tx.dsl()
                        .select(DSL.count(), DSL.max(DSL.field("generic_plans", Long.class)))
                        .from(DSL.table("pg_prepared_statements"))
                        .where(DSL.field("statement", String.class).contains(DSL.inline("nianbao planned reads test")),
                                DSL.val(1).eq(DSL.inline(1))))
                .block();
    }

    private static String setting(Tx tx) {
        return Mono.from(tx.dsl().resultQuery("SHOW plan_cache_mode")).map(row -> row.get(0, String.class)).block();
    }
}
