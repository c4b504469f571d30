package cn.nianbao.backend.analytics.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_CLOSURE;
import static cn.nianbao.backend.db.Tables.ANALYTICS_REGION_BODY;
import static cn.nianbao.backend.db.Tables.ANALYTICS_REGION_YEAR;
import static cn.nianbao.backend.db.Tables.PROACTIVE_ROW;
import static cn.nianbao.backend.db.Tables.REPORT;
import static cn.nianbao.backend.db.Tables.REQUEST_ROW;
import static cn.nianbao.backend.db.Tables.REVIEW_ROW;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.analytics.BodySelection;
import cn.nianbao.backend.analytics.ReportTable;
import cn.nianbao.backend.platform.database.RenderedOnce;
import cn.nianbao.backend.platform.database.StandbyReads;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The roll-up of the three tables over a subtree for one year, added up in PostgreSQL: the active versions of the
 * bodies in the subtree (the region's own body included), each table's printed rows grouped by row, per column the
 * sum of the printed numbers and how many bodies printed the cell blank. The rows read are bounded by the subtree's
 * reports of one year; the answer by the template's rows.
 */
@Repository
public class RollupQuery {

    /** The subtree's bodies: all of the selection, expected that year, with a report, without one though expected. */
    public record Bodies(int counted, int expected, int reported, int missing, Map<ReportTable, Integer> withTable) {
    }

    /** One printed row over the bodies: how many printed it, per column (contract code) the sum and the blanks. */
    public record RowSum(String rowCode, int bodies, Map<String, BigDecimal> sums, Map<String, Integer> blanks) {
    }

    private static final cn.nianbao.backend.db.tables.Agency REGION = AGENCY.as("region");

    /** A statement of the roll-up as asked for: the bodies counted ({@code table} null) or one table's rows. */
    private record Shape(BodySelection selection, int year, ReportTable table) {
    }

    /** The shapes kept rendered: four per region and year, a few KB each. */
    private static final int SHAPES = 512;

    private final DSLContext dsl;
    private final RenderedOnce planned;

    /** One plan serves every region: planned once, a city's roll-up took 2 ms in PostgreSQL instead of 9. */
    public RollupQuery(StandbyReads reads) {
        this.dsl = reads.planned().dsl();
        this.planned = new RenderedOnce(reads.planned(), SHAPES);
    }

    /**
     * For the region and the bodies under it: the region's own body from the raw tables, the bodies under it from
     * the pre-aggregated sums (V10), added up here; for a clerk's own body the raw tables alone.
     */
    public Mono<Bodies> bodies(BodySelection selection, int year) {
        return selection.regionItself() ? rawBodies(selection, year)
                : planned.fetch(new Shape(selection, year, null), () -> sumBodies(raw(own(selection), year)
                        .unionAll(bodiesUnder(selection, year)).asTable("p")), RollupQuery::bodies).single();
    }

    /** The same from the raw tables alone, body by body (what the pre-aggregated sums must always equal). */
    Mono<Bodies> rawBodies(BodySelection selection, int year) {
        return Mono.from(sumBodies(raw(selection, year).asTable("p"))).map(row -> bodies(row::get));
    }

    private ResultQuery<Record> sumBodies(Table<?> parts) {
        List<SelectField<?>> sums = new ArrayList<>();
        for (int i = 0; i < 4 + ReportTable.values().length; i++) {
            sums.add(DSL.sum(parts.field("c" + i, BigDecimal.class)).cast(SQLDataType.INTEGER));
        }
        return dsl.select(sums).from(parts);
    }

    private static Bodies bodies(RenderedOnce.Columns row) {
        Map<ReportTable, Integer> withTable = new LinkedHashMap<>();
        for (ReportTable table : ReportTable.values()) {
            withTable.put(table, row.get(4 + table.ordinal(), Integer.class));
        }
        return new Bodies(row.get(0, Integer.class), row.get(1, Integer.class), row.get(2, Integer.class),
                row.get(3, Integer.class), withTable);
    }

    private static Select<Record> raw(BodySelection selection, int year) {
        Condition hasReport = REPORT.ID.isNotNull();
        Condition expected = ReportingPeriods.expected(DSL.val(year));
        List<SelectField<?>> fields = new ArrayList<>(List.of(DSL.count(), DSL.count().filterWhere(expected),
                DSL.count().filterWhere(hasReport), DSL.count().filterWhere(hasReport.not().and(expected))));
        for (ReportTable table : ReportTable.values()) {
            fields.add(DSL.count().filterWhere(DSL.exists(DSL.selectOne().from(RowTables.source(table))
                    .where(RowTables.versionId(table).eq(REPORT.ACTIVE_VERSION_ID)))));
        }
        return subtree(DSL.select(RegionSums.positional(fields)).from(REGION))
                .leftJoin(REPORT).on(REPORT.AGENCY_ID.eq(AGENCY.ID), REPORT.YEAR.eq((short) year),
                        REPORT.ACTIVE_VERSION_ID.isNotNull())
                .where(where(selection));
    }

    private static Select<Record> bodiesUnder(BodySelection selection, int year) {
        var ry = ANALYTICS_REGION_YEAR;
        Field<BigDecimal> expected = RegionSums.expected(selection, RegionSums.regionId(selection), DSL.val(year));
        Field<BigDecimal> counted = DSL.field(DSL.select(DSL.coalesce(DSL.sum(ANALYTICS_REGION_BODY.BODIES),
                        BigDecimal.ZERO)).from(ANALYTICS_REGION_BODY)
                .where(ANALYTICS_REGION_BODY.REGION_ID.eq(RegionSums.regionId(selection)),
                        RegionSums.kind(ANALYTICS_REGION_BODY.KIND, selection)));
        List<SelectField<?>> fields = new ArrayList<>(List.of(counted, expected,
                DSL.coalesce(DSL.sum(ry.REPORTED), BigDecimal.ZERO),
                expected.minus(DSL.coalesce(DSL.sum(ry.REPORTED_EXPECTED), BigDecimal.ZERO)),
                DSL.coalesce(DSL.sum(ry.PROACTIVE), BigDecimal.ZERO),
                DSL.coalesce(DSL.sum(ry.REQUESTS), BigDecimal.ZERO),
                DSL.coalesce(DSL.sum(ry.REVIEWS), BigDecimal.ZERO)));
        return DSL.select(RegionSums.positional(fields)).from(ry)
                .where(ry.REGION_ID.eq(RegionSums.regionId(selection)), ry.YEAR.eq((short) year),
                        RegionSums.kind(ry.KIND, selection));
    }

    /**
     * The table's rows as printed by at least one body, summed column by column: the region's own body from the raw
     * tables, the bodies under it from the pre-aggregated sums; a clerk's own body from the raw tables alone.
     */
    public Flux<RowSum> rows(BodySelection selection, int year, ReportTable table) {
        Map<String, TableField<?, ? extends Number>> columns = columns(table);
        return selection.regionItself() ? rawRows(selection, year, table)
                : planned.fetch(new Shape(selection, year, table), () -> sumRows(raw(own(selection), year, table,
                        columns).unionAll(rowsUnder(selection, year, table, columns)).asTable("p"), columns),
                        row -> rowSum(row, columns));
    }

    /** The same from the raw tables alone (what the pre-aggregated sums must always equal). */
    Flux<RowSum> rawRows(BodySelection selection, int year, ReportTable table) {
        Map<String, TableField<?, ? extends Number>> columns = columns(table);
        return Flux.from(sumRows(raw(selection, year, table, columns).asTable("p"), columns))
                .map(row -> rowSum(row::get, columns));
    }

    private ResultQuery<Record> sumRows(Table<?> parts, Map<String, TableField<?, ? extends Number>> columns) {
        Field<String> rowCode = parts.field("c0", String.class);
        List<SelectField<?>> fields = new ArrayList<>(List.of(rowCode));
        for (int i = 1; i <= 1 + 2 * columns.size(); i++) {
            Field<BigDecimal> sum = DSL.sum(parts.field("c" + i, BigDecimal.class));
            fields.add(i % 2 == 1 ? sum.cast(SQLDataType.INTEGER) : sum);
        }
        return dsl.select(fields).from(parts).groupBy(rowCode);
    }

    private static Select<Record> raw(BodySelection selection, int year, ReportTable table,
                                          Map<String, TableField<?, ? extends Number>> columns) {
        Table<?> versions = subtree(DSL.select(REPORT.ACTIVE_VERSION_ID.as("version_id")).from(REGION))
                .join(REPORT).on(REPORT.AGENCY_ID.eq(AGENCY.ID), REPORT.YEAR.eq((short) year),
                        REPORT.ACTIVE_VERSION_ID.isNotNull())
                .where(where(selection))
                .asTable("v");
        Field<String> rowCode = RowTables.rowCode(table);
        List<SelectField<?>> fields = new ArrayList<>(List.of(rowCode, DSL.count()));
        columns.values().forEach(column -> {
            fields.add(DSL.sum(column.cast(SQLDataType.NUMERIC)));
            fields.add(DSL.count().filterWhere(column.isNull()));
        });
        return DSL.select(RegionSums.positional(fields)).from(versions)
                .join(RowTables.source(table))
                .on(RowTables.versionId(table).eq(versions.field("version_id", Long.class)))
                .groupBy(rowCode);
    }

    private static Select<Record> rowsUnder(BodySelection selection, int year, ReportTable table,
                                            Map<String, TableField<?, ? extends Number>> columns) {
        Table<?> sums = RegionSums.rows(table);
        Field<String> rowCode = sums.field("row_code", String.class);
        Field<BigDecimal> bodies = DSL.sum(sums.field("bodies", Integer.class));
        List<SelectField<?>> fields = new ArrayList<>(List.of(rowCode, bodies));
        columns.values().forEach(column -> {
            Field<BigDecimal> printed = DSL.sum(sums.field(column.getName() + "_printed", Integer.class));
            fields.add(DSL.when(printed.gt(BigDecimal.ZERO), DSL.sum(sums.field(column.getName(), BigDecimal.class))));
            fields.add(bodies.minus(printed));
        });
        return DSL.select(RegionSums.positional(fields)).from(sums)
                .where(RegionSums.rowsOf(sums, selection,
                        RegionSums.Regions.one(RegionSums.regionId(selection)), year, year))
                .groupBy(rowCode)
                .having(bodies.gt(BigDecimal.ZERO));
    }

    /** The region's own body: of the selection's kind, the region itself. */
    private static BodySelection own(BodySelection selection) {
        return new BodySelection(selection.regionCode(), true, selection.kind());
    }

    private static RowSum rowSum(RenderedOnce.Columns row, Map<String, TableField<?, ? extends Number>> columns) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, Integer> blanks = new LinkedHashMap<>();
        int index = 2;
        for (String code : columns.keySet()) {
            sums.put(code, row.get(index++, BigDecimal.class));
            blanks.put(code, row.get(index++, Integer.class));
        }
        return new RowSum(row.get(0, String.class), row.get(1, Integer.class), sums, blanks);
    }

    private static <R extends Record> SelectJoinStep<R> subtree(SelectJoinStep<R> from) {
        return from.join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.ANCESTOR_ID.eq(REGION.ID))
                .join(AGENCY).on(AGENCY.ID.eq(AGENCY_CLOSURE.DESCENDANT_ID));
    }

    /** The region and every body below it (a clerk: their own body alone), of one kind when asked. */
    private static Condition where(BodySelection selection) {
        return REGION.CODE.eq(selection.regionCode())
                .and(selection.regionItself() ? AGENCY_CLOSURE.DISTANCE.eq(0) : AGENCY_CLOSURE.DISTANCE.ge(0))
                .and(selection.kind() == null ? DSL.noCondition()
                        : AGENCY.KIND.eq(cn.nianbao.backend.db.enums.AgencyKind.valueOf(selection.kind().name())));
    }

    /** The table's columns by their contract codes, in the template's order. */
    private static Map<String, TableField<?, ? extends Number>> columns(ReportTable table) {
        Map<String, TableField<?, ? extends Number>> columns = new LinkedHashMap<>();
        switch (table) {
            case PROACTIVE -> {
                columns.put("issued", PROACTIVE_ROW.ISSUED);
                columns.put("repealed", PROACTIVE_ROW.REPEALED);
                columns.put("in_force", PROACTIVE_ROW.IN_FORCE);
                columns.put("decisions", PROACTIVE_ROW.DECISIONS);
                columns.put("amount_wan_yuan", PROACTIVE_ROW.AMOUNT_WAN_YUAN);
            }
            case REQUESTS -> {
                columns.put("natural_person", REQUEST_ROW.NATURAL_PERSON);
                columns.put("commercial", REQUEST_ROW.COMMERCIAL);
                columns.put("research", REQUEST_ROW.RESEARCH);
                columns.put("public_interest", REQUEST_ROW.PUBLIC_INTEREST);
                columns.put("legal_services", REQUEST_ROW.LEGAL_SERVICES);
                columns.put("other", REQUEST_ROW.OTHER);
                columns.put("total", REQUEST_ROW.TOTAL);
            }
            case REVIEWS -> {
                columns.put("upheld", REVIEW_ROW.UPHELD);
                columns.put("corrected", REVIEW_ROW.CORRECTED);
                columns.put("other", REVIEW_ROW.OTHER);
                columns.put("pending", REVIEW_ROW.PENDING);
                columns.put("total", REVIEW_ROW.TOTAL);
            }
        }
        return columns;
    }
}
