package cn.nianbao.backend.analytics.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_CLOSURE;
import static cn.nianbao.backend.db.Tables.REPORT;
import static cn.nianbao.backend.db.Tables.REQUEST_ROW;

import cn.nianbao.backend.contract.RequestRow;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** 本年新收申请数量（总计） of the active versions of every report under a region. */
@Repository
public class NewRequestsQuery {

    /** One report's cell: whether table 3 has the row at all, and its total (null when printed blank). */
    public record Cell(String agencyCode, int year, boolean rowPresent, Integer total) {
    }

    private final DSLContext dsl;

    public NewRequestsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Flux<Cell> cells(String regionCode, int fromYear, int toYear) {
        var region = AGENCY.as("region");
        return Flux.from(dsl.select(AGENCY.CODE, REPORT.YEAR, REQUEST_ROW.VERSION_ID.isNotNull(), REQUEST_ROW.TOTAL)
                        .from(region)
                        .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.ANCESTOR_ID.eq(region.ID))
                        .join(AGENCY).on(AGENCY.ID.eq(AGENCY_CLOSURE.DESCENDANT_ID))
                        .join(REPORT).on(REPORT.AGENCY_ID.eq(AGENCY.ID))
                        .leftJoin(REQUEST_ROW).on(REQUEST_ROW.VERSION_ID.eq(REPORT.ACTIVE_VERSION_ID),
                                REQUEST_ROW.ROW_CODE.eq(RequestRow.NEW_RECEIVED.code()))
                        .where(region.CODE.eq(regionCode), AGENCY_CLOSURE.DISTANCE.gt(0),
                                REPORT.YEAR.between((short) fromYear, (short) toYear),
                                REPORT.ACTIVE_VERSION_ID.isNotNull()))
                .map(row -> new Cell(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    /** The latest year any body under the region has a report for, if any. */
    public Mono<Integer> latestYear(String regionCode) {
        var region = AGENCY.as("region");
        return Mono.from(dsl.select(DSL.max(REPORT.YEAR))
                        .from(region)
                        .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.ANCESTOR_ID.eq(region.ID))
                        .join(REPORT).on(REPORT.AGENCY_ID.eq(AGENCY_CLOSURE.DESCENDANT_ID))
                        .where(region.CODE.eq(regionCode)))
                .flatMap(row -> Mono.justOrEmpty(row.value1()).map(Short::intValue));
    }
}
