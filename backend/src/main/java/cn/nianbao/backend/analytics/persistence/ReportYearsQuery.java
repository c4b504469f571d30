package cn.nianbao.backend.analytics.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_CLOSURE;
import static cn.nianbao.backend.db.Tables.ANALYTICS_REGION_YEAR;
import static cn.nianbao.backend.db.Tables.REPORT;

import java.util.List;

import cn.nianbao.backend.analytics.BodySelection;
import cn.nianbao.backend.platform.database.RenderedOnce;
import cn.nianbao.backend.platform.database.StandbyReads;
import cn.nianbao.backend.platform.web.YearRange;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The years with any active report in a region (itself included), within the years a request may name. */
@Repository
public class ReportYearsQuery {

    private static final cn.nianbao.backend.db.tables.Agency REGION = AGENCY.as("region");

    private static final short FIRST = (short) YearRange.FIRST_YEAR;

    /** A region's years as asked for: its selection and the last year a request may name. */
    private record YearsShape(BodySelection bodies, short last) {
    }

    /** The shapes kept rendered: a few KB each. */
    private static final int SHAPES = 256;

    private final DSLContext dsl;
    private final RenderedOnce planned;

    /** One plan serves every region: planned once, a city's years took 0.24 ms in PostgreSQL instead of 0.68. */
    public ReportYearsQuery(StandbyReads reads) {
        this.dsl = reads.planned().dsl();
        this.planned = new RenderedOnce(reads.planned(), SHAPES);
    }

    /** Ascending; at most the few dozen years between the bounds. The bodies under a region: from the V10 sums. */
    public Mono<List<Integer>> years(BodySelection bodies) {
        short last = (short) YearRange.lastYear();
        return bodies.regionItself() ? rawYears(bodies)
                : planned.fetch(new YearsShape(bodies, last), () -> distinct(raw(bodies, true)
                                .union(DSL.select(ANALYTICS_REGION_YEAR.YEAR)
                                        .from(ANALYTICS_REGION_YEAR)
                                        .where(ANALYTICS_REGION_YEAR.REGION_ID.eq(RegionSums.regionId(bodies)),
                                                ANALYTICS_REGION_YEAR.REPORTED.gt(0),
                                                ANALYTICS_REGION_YEAR.YEAR.between(FIRST, last)))),
                        row -> row.get(0, Short.class).intValue())
                .collectList();
    }

    /** The same from the raw tables alone (what the pre-aggregated sums must always equal). */
    Mono<List<Integer>> rawYears(BodySelection bodies) {
        return Flux.from(distinct(raw(bodies, bodies.regionItself())))
                .map(row -> row.value1().intValue())
                .collectList();
    }

    /** @param itself the region's own body alone, else the region and every body under it */
    private static Select<Record1<Short>> raw(BodySelection bodies, boolean itself) {
        return DSL.select(REPORT.YEAR)
                .from(REGION)
                .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.ANCESTOR_ID.eq(REGION.ID))
                .join(REPORT).on(REPORT.AGENCY_ID.eq(AGENCY_CLOSURE.DESCENDANT_ID))
                .where(REGION.CODE.eq(bodies.regionCode()), REPORT.ACTIVE_VERSION_ID.isNotNull(),
                        itself ? AGENCY_CLOSURE.DISTANCE.eq(0) : AGENCY_CLOSURE.DISTANCE.ge(0),
                        REPORT.YEAR.between(FIRST, (short) YearRange.lastYear()));
    }

    private ResultQuery<Record1<Short>> distinct(Select<Record1<Short>> all) {
        Table<Record1<Short>> years = all.asTable("y");
        Field<Short> year = years.field(0, Short.class);
        return dsl.selectDistinct(year).from(years).orderBy(year);
    }
}
