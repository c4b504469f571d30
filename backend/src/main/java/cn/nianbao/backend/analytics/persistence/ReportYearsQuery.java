package cn.nianbao.backend.analytics.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_CLOSURE;
import static cn.nianbao.backend.db.Tables.REPORT;

import java.util.List;

import cn.nianbao.backend.analytics.BodySelection;
import cn.nianbao.backend.platform.web.YearRange;
import cn.nianbao.backend.platform.database.StandbyReads;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The years with any active report in a region (itself included), within the years a request may name. */
@Repository
public class ReportYearsQuery {

    private static final cn.nianbao.backend.db.tables.Agency REGION = AGENCY.as("region");

    private final DSLContext dsl;

    public ReportYearsQuery(StandbyReads reads) {
        this.dsl = reads.tx().dsl();
    }

    /** Ascending; at most the few dozen years between the bounds. */
    public Mono<List<Integer>> years(BodySelection bodies) {
        return Flux.from(dsl.selectDistinct(REPORT.YEAR)
                        .from(REGION)
                        .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.ANCESTOR_ID.eq(REGION.ID))
                        .join(REPORT).on(REPORT.AGENCY_ID.eq(AGENCY_CLOSURE.DESCENDANT_ID))
                        .where(REGION.CODE.eq(bodies.regionCode()), REPORT.ACTIVE_VERSION_ID.isNotNull(),
                                bodies.regionItself() ? AGENCY_CLOSURE.DISTANCE.eq(0)
                                        : AGENCY_CLOSURE.DISTANCE.ge(0),
                                REPORT.YEAR.between((short) YearRange.FIRST_YEAR, (short) YearRange.lastYear()))
                        .orderBy(REPORT.YEAR))
                .map(row -> row.value1().intValue())
                .collectList();
    }
}
