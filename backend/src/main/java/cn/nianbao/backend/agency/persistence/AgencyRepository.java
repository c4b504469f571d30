package cn.nianbao.backend.agency.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_CLOSURE;
import static cn.nianbao.backend.db.Tables.AGENCY_REPORTING_PERIOD;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.AgencyTree;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.platform.database.Transactions;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The agency tree in PostgreSQL; subtrees come from the closure table that a trigger keeps. */
@Repository
public class AgencyRepository {

    private static final cn.nianbao.backend.db.tables.Agency PARENT = AGENCY.as("parent");

    private final DSLContext dsl;

    public AgencyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every agency, in tree order. */
    public Mono<List<Agency>> all() {
        return load(DSL.noCondition()).map(AgencyTree::inTreeOrder);
    }

    /** The body with this code and every body under it, in tree order, depth counted from it; empty if unknown. */
    public Mono<List<Agency>> subtree(String rootCode) {
        Condition underRoot = AGENCY.ID.in(DSL.select(AGENCY_CLOSURE.DESCENDANT_ID)
                .from(AGENCY_CLOSURE)
                .join(PARENT).on(PARENT.ID.eq(AGENCY_CLOSURE.ANCESTOR_ID))
                .where(PARENT.CODE.eq(rootCode)));
        return load(underRoot).map(agencies -> {
            List<Agency> ordered = AgencyTree.inTreeOrder(agencies);
            return ordered.isEmpty() || !ordered.getFirst().code().equals(rootCode) ? List.<Agency>of() : ordered;
        });
    }

    public Mono<Agency> findByCode(String code) {
        return load(AGENCY.CODE.eq(code)).flatMap(list -> Mono.justOrEmpty(list.stream().findFirst()));
    }

    /** Whether {@code descendantId} is {@code ancestorId} or lies under it. */
    public Mono<Boolean> isWithin(long ancestorId, long descendantId) {
        return Mono.from(dsl.selectOne().from(AGENCY_CLOSURE)
                        .where(AGENCY_CLOSURE.ANCESTOR_ID.eq(ancestorId), AGENCY_CLOSURE.DESCENDANT_ID.eq(descendantId)))
                .hasElement();
    }

    public Mono<Boolean> isEmpty() {
        return Mono.from(dsl.selectOne().from(AGENCY).limit(1)).hasElement().map(found -> !found);
    }

    /**
     * Adds one body with its reporting periods unless a body with its code exists; the closure rows follow by
     * trigger. Returns the new id, or empty when the code was taken.
     */
    public Mono<Long> insertIfAbsent(NewAgency agency) {
        return Transactions.inTransaction(dsl, trx -> Mono.from(trx.dsl()
                        .insertInto(AGENCY, AGENCY.CODE, AGENCY.NAME, AGENCY.KIND, AGENCY.PARENT_ID, AGENCY.SORT_ORDER,
                                AGENCY.DEMO)
                        .select(DSL.select(DSL.val(agency.code()), DSL.val(agency.name()),
                                        DSL.val(cn.nianbao.backend.db.enums.AgencyKind.valueOf(agency.kind().name())),
                                        agency.parentCode() == null ? DSL.castNull(AGENCY.PARENT_ID)
                                                : DSL.field(DSL.select(AGENCY.ID).from(AGENCY)
                                                        .where(AGENCY.CODE.eq(agency.parentCode()))),
                                        DSL.val(agency.sortOrder()), DSL.val(agency.demo())))
                        .onConflict(AGENCY.CODE).doNothing()
                        .returning(AGENCY.ID))
                .map(record -> record.get(AGENCY.ID))
                .flatMap(id -> insertPeriods(trx.dsl(), id, agency.reportingPeriods()).thenReturn(id)));
    }

    /** Renames, re-sorts or moves a body (the closure follows by trigger; a move under its own subtree is refused). */
    public Mono<Void> update(long id, String name, Long parentId, int sortOrder) {
        return Mono.from(dsl.update(AGENCY)
                .set(AGENCY.NAME, name)
                .set(AGENCY.PARENT_ID, parentId)
                .set(AGENCY.SORT_ORDER, sortOrder)
                .where(AGENCY.ID.eq(id))).then();
    }

    /** The years the body is expected to report, replacing the previous ones. */
    public Mono<Void> replaceReportingPeriods(long id, List<ReportingPeriod> periods) {
        return Transactions.inTransaction(dsl, trx -> Mono.from(trx.dsl().deleteFrom(AGENCY_REPORTING_PERIOD)
                        .where(AGENCY_REPORTING_PERIOD.AGENCY_ID.eq(id)))
                .then(insertPeriods(trx.dsl(), id, periods)))
                .then();
    }

    private static Mono<Integer> insertPeriods(DSLContext trx, long agencyId, List<ReportingPeriod> periods) {
        if (periods.isEmpty()) {
            return Mono.just(0);
        }
        var insert = trx.insertInto(AGENCY_REPORTING_PERIOD, AGENCY_REPORTING_PERIOD.AGENCY_ID,
                AGENCY_REPORTING_PERIOD.FIRST_YEAR, AGENCY_REPORTING_PERIOD.LAST_YEAR);
        for (ReportingPeriod period : periods) {
            insert = insert.values(agencyId, (short) period.firstYear(),
                    period.lastYear() == null ? null : period.lastYear().shortValue());
        }
        return Mono.from(insert);
    }

    private Mono<List<Agency>> load(Condition condition) {
        Mono<List<Record>> rows = Flux.<Record>from(dsl
                        .select(AGENCY.ID, AGENCY.CODE, AGENCY.NAME, AGENCY.KIND, AGENCY.SORT_ORDER, AGENCY.DEMO,
                                PARENT.CODE)
                        .from(AGENCY)
                        .leftJoin(PARENT).on(PARENT.ID.eq(AGENCY.PARENT_ID))
                        .where(condition))
                .collectList();
        Mono<Map<Long, List<ReportingPeriod>>> periods = Flux.from(dsl
                        .select(AGENCY_REPORTING_PERIOD.AGENCY_ID, AGENCY_REPORTING_PERIOD.FIRST_YEAR,
                                AGENCY_REPORTING_PERIOD.LAST_YEAR)
                        .from(AGENCY_REPORTING_PERIOD)
                        .join(AGENCY).on(AGENCY.ID.eq(AGENCY_REPORTING_PERIOD.AGENCY_ID))
                        .where(condition)
                        .orderBy(AGENCY_REPORTING_PERIOD.FIRST_YEAR))
                .collect(Collectors.groupingBy(row -> row.value1(), Collectors.mapping(
                        row -> new ReportingPeriod(row.value2(), row.value3() == null ? null : row.value3().intValue()),
                        Collectors.toList())));
        return Mono.zip(rows, periods).map(tuple -> {
            List<Agency> agencies = new ArrayList<>(tuple.getT1().size());
            for (Record row : tuple.getT1()) {
                long id = row.get(AGENCY.ID);
                agencies.add(new Agency(id, row.get(AGENCY.CODE), row.get(AGENCY.NAME),
                        AgencyKind.valueOf(row.get(AGENCY.KIND).name()), row.get(PARENT.CODE), 0,
                        row.get(AGENCY.SORT_ORDER), row.get(AGENCY.DEMO), tuple.getT2().getOrDefault(id, List.of())));
            }
            return agencies;
        });
    }
}
