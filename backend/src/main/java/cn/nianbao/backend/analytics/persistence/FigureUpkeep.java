package cn.nianbao.backend.analytics.persistence;

import cn.nianbao.backend.platform.database.Tx;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Keeps the pre-aggregated figures (V10: the counted version of each body-year and the regions' sums over the bodies
 * under them) on the active versions, inside the transaction that changed one. The work is the database's function
 * {@code analytics_sync}: it takes the counted version away from every region above the body and adds the active one,
 * region rows in ascending order so that concurrent stores wait for each other instead of deadlocking.
 */
@Repository
public class FigureUpkeep {

    public Mono<Void> sync(Tx tx, long agencyId, int year) {
        return Mono.from(tx.dsl().select(DSL.function("analytics_sync", SQLDataType.OTHER,
                DSL.val(agencyId), DSL.val((short) year)))).then();
    }
}
