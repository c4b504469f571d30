package cn.nianbao.backend.platform.database;

import static cn.nianbao.backend.db.Tables.APP_STATE;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Small named facts about this installation (key → value), e.g. the demo data's loading state. */
@Repository
public class AppStateRepository {

    private final DSLContext dsl;

    public AppStateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Mono<String> get(String key) {
        return Mono.from(dsl.select(APP_STATE.VALUE).from(APP_STATE).where(APP_STATE.KEY.eq(key)))
                .map(row -> row.value1());
    }

    public Mono<Void> put(String key, String value) {
        return Mono.from(dsl.insertInto(APP_STATE, APP_STATE.KEY, APP_STATE.VALUE)
                        .values(key, value)
                        .onConflict(APP_STATE.KEY)
                        .doUpdate().set(APP_STATE.VALUE, value).set(APP_STATE.UPDATED_AT, DSL.currentOffsetDateTime()))
                .then();
    }
}
