package cn.nianbao.backend.analytics;

import java.util.List;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.analytics.persistence.FigureUpkeep;
import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.NewVersionChecks;
import cn.nianbao.backend.report.StoreResult;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The regions' pre-aggregated figures follow every new or re-activated version in the same transaction, so no
 * figure on screen is ever older than the report behind it. It finds nothing. It runs after every other check
 * ({@link Ordered#LOWEST_PRECEDENCE}): the region rows it updates (the nation's among them) are shared by every store
 * of the year, so they are locked only for the last moments of the transaction.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ActiveVersionFigures implements NewVersionChecks {

    private final FigureUpkeep upkeep;

    ActiveVersionFigures(FigureUpkeep upkeep) {
        this.upkeep = upkeep;
    }

    @Override
    public Mono<List<Finding>> check(Tx tx, Agency agency, int year, StoreResult stored, NewVersion version) {
        return upkeep.sync(tx, agency.id(), year).thenReturn(List.of());
    }

    @Override
    public Mono<List<Finding>> activated(Tx tx, Agency agency, int year) {
        return upkeep.sync(tx, agency.id(), year).thenReturn(List.of());
    }

    @Override
    public Mono<List<Finding>> findingsOf(Tx tx, Agency agency, int year) {
        return Mono.just(List.of());
    }
}
