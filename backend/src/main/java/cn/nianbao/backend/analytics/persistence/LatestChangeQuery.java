package cn.nianbao.backend.analytics.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_CLOSURE;
import static cn.nianbao.backend.db.Tables.REPORT;
import static cn.nianbao.backend.db.Tables.REPORT_VERSION;

import java.time.OffsetDateTime;

import cn.nianbao.backend.analytics.BodySelection;
import cn.nianbao.backend.platform.database.StandbyReads;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The time the newest active report version of a region (itself included) was stored. */
@Repository
public class LatestChangeQuery {

    private static final cn.nianbao.backend.db.tables.Agency REGION = AGENCY.as("region");

    private final DSLContext dsl;

    public LatestChangeQuery(StandbyReads reads) {
        this.dsl = reads.tx().dsl();
    }

    /** Empty when the region has no active report. */
    public Mono<OffsetDateTime> of(BodySelection bodies) {
        return Mono.from(dsl.select(DSL.max(REPORT_VERSION.CREATED_AT))
                        .from(REGION)
                        .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.ANCESTOR_ID.eq(REGION.ID))
                        .join(REPORT).on(REPORT.AGENCY_ID.eq(AGENCY_CLOSURE.DESCENDANT_ID))
                        .join(REPORT_VERSION).on(REPORT_VERSION.ID.eq(REPORT.ACTIVE_VERSION_ID))
                        .where(REGION.CODE.eq(bodies.regionCode()),
                                bodies.regionItself() ? AGENCY_CLOSURE.DISTANCE.eq(0)
                                        : AGENCY_CLOSURE.DISTANCE.ge(0)))
                .mapNotNull(row -> row.value1());
    }
}
