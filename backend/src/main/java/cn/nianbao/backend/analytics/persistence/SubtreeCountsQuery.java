package cn.nianbao.backend.analytics.persistence;

import static cn.nianbao.backend.db.Tables.ANALYTICS_BODY_YEAR;
import static cn.nianbao.backend.db.Tables.ANALYTICS_REGION_PERIOD;
import static cn.nianbao.backend.db.Tables.ANALYTICS_REGION_YEAR;

import java.math.BigDecimal;
import java.util.List;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.analytics.LineCounts;
import cn.nianbao.backend.platform.database.StandbyReads;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reports counted per line and year from the pre-aggregated figures (V10, V12): a line is a body's whole subtree (a
 * sub-region) or a body alone. One query whatever the size of the subtrees: the sums of the bodies under each
 * sub-region, the facts of the lines' own bodies and the changes of the expected counts.
 */
@Repository
public class SubtreeCountsQuery {

    private final DSLContext dsl;

    public SubtreeCountsQuery(StandbyReads reads) {
        this.dsl = reads.tx().dsl();
    }

    /**
     * @param subtrees the lines counted with every body under them
     * @param own      the lines whose own body is counted (the sub-regions and, alone, the region itself)
     */
    public Flux<LineCounts> counts(List<Long> subtrees, List<Long> own, AgencyKind kind, int fromYear, int toYear) {
        var ry = ANALYTICS_REGION_YEAR;
        var f = ANALYTICS_BODY_YEAR;
        var p = ANALYTICS_REGION_PERIOD;
        Field<BigDecimal> zero = DSL.inline(BigDecimal.ZERO);
        Table<Record1<Integer>> years = DSL.generateSeries(fromYear, toYear).as("y", "year");
        Field<Integer> year = years.field("year", Integer.class);
        var below = DSL.select(ry.REGION_ID.as("line"), ry.YEAR.cast(SQLDataType.INTEGER).as("year"),
                        ry.REPORTED.cast(SQLDataType.NUMERIC).as("reported"),
                        ry.REPORTED_EXPECTED.cast(SQLDataType.NUMERIC).as("reported_expected"),
                        ry.ON_TIME_EXPECTED.cast(SQLDataType.NUMERIC).as("on_time_expected"),
                        ry.PUBLICATION_UNKNOWN.cast(SQLDataType.NUMERIC).as("publication_unknown"),
                        zero.as("expected_below"))
                .from(ry)
                .where(ry.REGION_ID.in(subtrees), ry.YEAR.between((short) fromYear, (short) toYear), kind(ry.KIND, kind));
        var itself = DSL.select(f.AGENCY_ID, f.YEAR.cast(SQLDataType.INTEGER), DSL.inline(BigDecimal.ONE),
                        one(DSL.condition(f.EXPECTED)), one(DSL.condition(f.EXPECTED).and(DSL.condition(f.ON_TIME))),
                        one(DSL.condition(f.PUBLISHED).not()), zero)
                .from(f)
                .where(f.AGENCY_ID.in(own), f.YEAR.between((short) fromYear, (short) toYear), kind(f.KIND, kind));
        var expected = DSL.select(p.REGION_ID, year, zero, zero, zero, zero, DSL.sum(p.CHANGE))
                .from(p).join(years).on(p.YEAR.cast(SQLDataType.INTEGER).le(year))
                .where(p.REGION_ID.in(subtrees), kind(p.KIND, kind))
                .groupBy(p.REGION_ID, year);
        Table<?> parts = below.unionAll(itself).unionAll(expected).asTable("parts");
        Field<Long> line = parts.field("line", Long.class);
        Field<Integer> partYear = parts.field("year", Integer.class);
        return Flux.from(dsl.select(line, partYear, sum(parts, "reported"), sum(parts, "reported_expected"),
                                sum(parts, "on_time_expected"), sum(parts, "publication_unknown"),
                                sum(parts, "expected_below"))
                        .from(parts).groupBy(line, partYear))
                .map(row -> new LineCounts(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7()));
    }

    /** The last year with a report by the region's body or a body under it, or empty. */
    public Mono<Integer> latestYear(long regionId) {
        var ry = ANALYTICS_REGION_YEAR;
        var f = ANALYTICS_BODY_YEAR;
        Table<?> years = DSL.select(ry.YEAR.as("year")).from(ry).where(ry.REGION_ID.eq(regionId), ry.REPORTED.gt(0))
                .unionAll(DSL.select(f.YEAR).from(f).where(f.AGENCY_ID.eq(regionId))).asTable("years");
        return Mono.from(dsl.select(DSL.max(years.field("year", Short.class))).from(years))
                .flatMap(row -> Mono.justOrEmpty(row.value1()).map(Short::intValue));
    }

    private static Field<Integer> sum(Table<?> parts, String column) {
        return DSL.sum(parts.field(column, BigDecimal.class)).cast(SQLDataType.INTEGER);
    }

    private static Field<BigDecimal> one(Condition condition) {
        return DSL.when(condition, BigDecimal.ONE).otherwise(BigDecimal.ZERO);
    }

    private static Condition kind(Field<cn.nianbao.backend.db.enums.AgencyKind> field, AgencyKind kind) {
        return kind == null ? DSL.noCondition() : field.eq(cn.nianbao.backend.db.enums.AgencyKind.valueOf(kind.name()));
    }
}
