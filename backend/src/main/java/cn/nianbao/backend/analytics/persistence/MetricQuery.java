package cn.nianbao.backend.analytics.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_CLOSURE;
import static cn.nianbao.backend.db.Tables.ANALYTICS_BODY_YEAR;
import static cn.nianbao.backend.db.Tables.ANALYTICS_REGION_BODY;
import static cn.nianbao.backend.db.Tables.REPORT;
import static cn.nianbao.backend.db.Tables.REPORT_VERSION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.backend.analytics.BodySelection;
import cn.nianbao.backend.analytics.Metric;
import cn.nianbao.backend.analytics.PointState;
import cn.nianbao.backend.analytics.Ratio;
import cn.nianbao.backend.platform.database.Tx;
import cn.nianbao.backend.platform.database.RenderedOnce;
import cn.nianbao.backend.platform.database.StandbyReads;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Metrics evaluated in PostgreSQL over the active versions: one point per body per year (every body of the selection
 * × every year asked for, with or without a report), or the region's totals per year, added up in the database.
 * One query per call; the rows read are bounded by the selection's bodies × the years (at most 30).
 */
@Repository
public class MetricQuery {

    /** One body's point in one year, as the database decided it. */
    public record PointRow(String agencyCode, int year, PointState state, BigDecimal value, BigDecimal numerator,
                           BigDecimal denominator) {
    }

    /**
     * A region's year: the bodies expected, reported (expected or not), missing (expected, no report), on time, and
     * per metric the total over the bodies whose point is {@code reported}.
     */
    public record YearTotals(int year, int expected, int reported, int missing, int onTime, List<Total> metrics) {
    }

    /** A metric summed over bodies: a count or an amount; for a rate, the summed numerator and denominator too. */
    public record Total(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    /** A sub-region's year: its whole subtree's totals, the sub-region named by its id. */
    public record LineTotals(long subRegion, YearTotals totals) {
    }

    private static final cn.nianbao.backend.db.tables.Agency REGION = AGENCY.as("region");
    private static final cn.nianbao.backend.db.enums.AgencyKind PEOPLES_GOVERNMENT =
            cn.nianbao.backend.db.enums.AgencyKind.PEOPLES_GOVERNMENT;
    /** The legal deadline: 31 January of the next year, 31 March for a people's government (month inclusive). */
    private static final int DEADLINE_MONTH = 1;
    private static final int GOVERNMENT_DEADLINE_MONTH = 3;

    /** A region's totals as asked for: everything their statement is made of, its values included. */
    private record TotalsShape(BodySelection bodies, long regionId, List<Metric> metrics, int fromYear, int toYear) {
    }

    /** The points of a selection's bodies as asked for: a ranking's or a series' bodies. */
    private record PointsShape(BodySelection bodies, Metric metric, int fromYear, int toYear) {
    }

    /** Sub-regions' totals as asked for: the lines of a ranking or a series by sub-region. */
    private record LinesShape(BodySelection region, List<Long> subRegions, List<Metric> metrics, int fromYear,
                              int toYear) {
    }

    /** The shapes kept rendered, of each kind: a supervisor's regions, kinds and years, at up to 20 KB each. */
    private static final int SHAPES = 256;

    private final DSLContext dsl;
    /** For the region's totals: one plan serves every region (the id written in), and one rendering each shape. */
    private final RenderedOnce planned;
    /** The bodies' points and the sub-regions' totals: planned for their own values, rendered once each shape. */
    private final RenderedOnce ownPlanReads;

    public MetricQuery(StandbyReads reads) {
        this.dsl = reads.tx().dsl();
        this.planned = new RenderedOnce(reads.planned(), SHAPES);
        this.ownPlanReads = new RenderedOnce(reads.tx(), SHAPES);
    }

    public Flux<PointRow> points(BodySelection bodies, Metric metric, int fromYear, int toYear) {
        return ownPlanReads.fetch(new PointsShape(bodies, metric, fromYear, toYear),
                () -> pointsQuery(dsl, bodies, metric, fromYear, toYear), MetricQuery::pointRow);
    }

    /** The points as a unit of work sees them: a transaction sees the versions it has just stored. */
    public Flux<PointRow> points(Tx tx, BodySelection bodies, Metric metric, int fromYear, int toYear) {
        return points(tx.dsl(), bodies, metric, fromYear, toYear);
    }

    private static Flux<PointRow> points(DSLContext dsl, BodySelection bodies, Metric metric, int fromYear,
                                         int toYear) {
        return Flux.from(pointsQuery(dsl, bodies, metric, fromYear, toYear)).map(row -> pointRow(row::get));
    }

    private static ResultQuery<? extends Record> pointsQuery(DSLContext dsl, BodySelection bodies, Metric metric,
                                                             int fromYear, int toYear) {
        BodyYears from = new BodyYears(fromYear, toYear);
        MetricFields fields = new MetricFields(List.of(metric), REPORT.ACTIVE_VERSION_ID);
        Field<String> state = PointStates.state(from.hasReport(), from.expected(), fields.tablePresent(metric),
                fields.known(metric));
        return from.select(dsl.select(AGENCY.CODE, from.year(), state, fields.value(metric), fields.numerator(metric),
                fields.denominator(metric)), fields, bodies, false);
    }

    private static PointRow pointRow(RenderedOnce.Columns row) {
        return new PointRow(row.get(0, String.class), row.get(1, Integer.class),
                PointState.fromCode(row.get(2, String.class)), row.get(3, BigDecimal.class),
                row.get(4, BigDecimal.class), row.get(5, BigDecimal.class));
    }

    /**
     * The region's totals per year. For the bodies under a region they come from the pre-aggregated sums (V10) plus,
     * for metrics of several cells, the few bodies whose table has a blank, read from the raw tables; for a clerk's own
     * body (one body) from the raw tables. The region's id ({@code regionId}, as its lookup found it) is written into
     * the statement as a literal: with it PostgreSQL knows how many bodies lie under the region (the nation's 138,000
     * are no average region) and reads the few body-years with a blank from their index.
     */
    public Flux<YearTotals> totals(BodySelection bodies, long regionId, List<Metric> metrics, int fromYear,
                                   int toYear) {
        if (bodies.regionItself()) {
            return rawTotals(bodies, metrics, fromYear, toYear);
        }
        return planned.fetch(new TotalsShape(bodies, regionId, metrics, fromYear, toYear), () -> {
            RegionSums.Regions region = RegionSums.Regions.one(DSL.inline(regionId));
            return sumQuery(RegionSums.yearSums(bodies, region, metrics, fromYear, toYear)
                    .unionAll(notInSums(bodies, metrics, fromYear, toYear, region)).asTable("p"), metrics, false);
        }, row -> yearTotals(row, metrics.size()));
    }

    /**
     * The totals of several sub-regions' whole subtrees, each sub-region's own body included, per sub-region and
     * year: what the sub-regions count for as lines under their parent. One query for all of them (the nation's 31
     * provinces were 31 queries, docs/BENCHMARKS.md); the same figures as {@link #subtreeTotals} of each.
     *
     * @param region the selection whose kind of bodies is counted
     */
    public Flux<LineTotals> subtreeTotals(BodySelection region, List<Long> subRegions, List<Metric> metrics,
                                          int fromYear, int toYear) {
        if (subRegions.isEmpty()) {
            return Flux.empty();
        }
        RegionSums.Regions lines = RegionSums.Regions.lines(subRegions);
        BodySelection itself = new BodySelection(region.regionCode(), true, region.kind());
        return ownPlanReads.fetch(new LinesShape(region, List.copyOf(subRegions), metrics, fromYear, toYear),
                () -> sumQuery(RegionSums.yearSums(region, lines, metrics, fromYear, toYear)
                        .unionAll(notInSums(region, metrics, fromYear, toYear, lines))
                        .unionAll(perBody(itself, lines, metrics, fromYear, toYear)).asTable("p"), metrics, true),
                row -> new LineTotals(row.get(5 + 3 * metrics.size(), Long.class), yearTotals(row, metrics.size())));
    }

    /**
     * The totals of one region's whole subtree, its own body included, one query per region: what the sub-regions'
     * query above must equal.
     */
    Flux<YearTotals> subtreeTotals(BodySelection region, List<Metric> metrics, int fromYear, int toYear) {
        BodySelection itself = new BodySelection(region.regionCode(), true, region.kind());
        // the id by subquery: a sub-region is an average region, and a literal made PostgreSQL scan the facts whole
        // for each of the nation's provinces (docs/BENCHMARKS.md)
        RegionSums.Regions id = RegionSums.Regions.one(RegionSums.regionId(region));
        return sum(RegionSums.yearSums(region, id, metrics, fromYear, toYear)
                .unionAll(notInSums(region, metrics, fromYear, toYear, id))
                .unionAll(perBody(itself, null, metrics, fromYear, toYear)).asTable("p"), metrics);
    }

    /** The same totals of a region's whole subtree from the raw tables alone, body by body. */
    Flux<YearTotals> rawSubtreeTotals(BodySelection region, List<Metric> metrics, int fromYear, int toYear) {
        BodySelection itself = new BodySelection(region.regionCode(), true, region.kind());
        return sum(perBody(region, null, metrics, fromYear, toYear)
                .unionAll(perBody(itself, null, metrics, fromYear, toYear)).asTable("p"), metrics);
    }

    /** How many bodies of the selection lie under the region (the region's own body not counted), from V10's counts. */
    public Mono<Integer> bodyCount(BodySelection bodies) {
        return Mono.from(dsl.select(DSL.coalesce(DSL.sum(ANALYTICS_REGION_BODY.BODIES), BigDecimal.ZERO))
                        .from(ANALYTICS_REGION_BODY)
                        .where(ANALYTICS_REGION_BODY.REGION_ID.eq(RegionSums.regionId(bodies)),
                                RegionSums.kind(ANALYTICS_REGION_BODY.KIND, bodies)))
                .map(row -> row.value1().intValue());
    }

    /** The same totals from the raw tables alone, body by body (what the pre-aggregated sums must always equal). */
    Flux<YearTotals> rawTotals(BodySelection bodies, List<Metric> metrics, int fromYear, int toYear) {
        return sum(perBody(bodies, null, metrics, fromYear, toYear).asTable("p"), metrics);
    }

    private Flux<YearTotals> sum(Table<?> parts, List<Metric> metrics) {
        return Flux.from(sumQuery(parts, metrics, false)).map(row -> yearTotals(row::get, metrics.size()));
    }

    /** Per year (and per line when {@code byLine}): the counts and the metrics' totals, in that order. */
    private ResultQuery<Record> sumQuery(Table<?> parts, List<Metric> metrics, boolean byLine) {
        Field<Integer> year = parts.field("c0", Integer.class);
        List<SelectField<?>> totals = new ArrayList<>(List.of(year));
        for (int column = 1; column <= 4; column++) {
            totals.add(DSL.sum(parts.field("c" + column, BigDecimal.class)).cast(SQLDataType.INTEGER));
        }
        for (int i = 0; i < metrics.size(); i++) {
            int column = 5 + 3 * i;
            Field<BigDecimal> numerator = DSL.sum(parts.field("c" + (column + 1), BigDecimal.class));
            Field<BigDecimal> denominator = DSL.sum(parts.field("c" + (column + 2), BigDecimal.class));
            totals.add(metrics.get(i) instanceof Ratio ? MetricFields.rate(numerator, denominator)
                    : DSL.sum(parts.field("c" + column, BigDecimal.class)));
            totals.add(numerator);
            totals.add(denominator);
        }
        List<Field<?>> groups = new ArrayList<>(List.of(year));
        if (byLine) {
            groups.add(parts.field(RegionSums.Regions.LINE, Long.class));
            totals.add(groups.getLast());
        }
        return dsl.select(totals).from(parts).groupBy(groups).orderBy(year);
    }

    /**
     * One row per body and year: the counts (1 or 0) and per metric value, numerator and denominator where the point
     * is reported.
     *
     * @param lines null: the selection's bodies; else the bodies of these regions themselves, each its own line
     */
    private Select<Record> perBody(BodySelection bodies, RegionSums.Regions lines, List<Metric> metrics, int fromYear,
                                   int toYear) {
        BodyYears from = new BodyYears(fromYear, toYear);
        MetricFields fields = new MetricFields(metrics, REPORT.ACTIVE_VERSION_ID);
        List<SelectField<?>> perBody = new ArrayList<>(List.of(from.year(), count(from.expected()),
                count(from.hasReport()), count(DSL.condition(PointStates.ofReport(from.hasReport(), from.expected())
                        .eq(PointState.MISSING.code()))),
                count(from.onTime())));
        for (Metric metric : metrics) {
            Condition counted = PointStates.state(from.hasReport(), from.expected(), fields.tablePresent(metric),
                    fields.known(metric)).eq(PointState.REPORTED.code());
            perBody.add(DSL.when(counted, fields.value(metric)));
            perBody.add(DSL.when(counted, fields.numerator(metric)));
            perBody.add(DSL.when(counted, fields.denominator(metric)));
        }
        return lines == null ? from.select(dsl.select(RegionSums.positional(perBody)), fields, bodies, true)
                : from.select(dsl.select(lines.columns(perBody, REGION.ID)), fields, lines.match(REGION.ID),
                        bodies, true);
    }

    /**
     * The part of a region's totals the pre-aggregated sums leave out, read from the raw tables: per metric of several
     * cells, the counted body-years whose table has a blank cell (state 1 in {@code analytics_body_year}, few and
     * indexed), or every counted body-year for a metric the sums cannot give ({@link RegionSums#fromSums}). Driven by
     * the facts, so that only those body-years are read; no counts (they are all in the sums).
     *
     * @param regions the bodies strictly under these
     */
    private Select<Record> notInSums(BodySelection bodies, List<Metric> metrics, int fromYear, int toYear,
                                     RegionSums.Regions regions) {
        var facts = ANALYTICS_BODY_YEAR;
        MetricFields fields = new MetricFields(metrics, facts.VERSION_ID);
        Field<BigDecimal> none = DSL.castNull(SQLDataType.NUMERIC);
        List<SelectField<?>> perBody = new ArrayList<>(List.of(facts.YEAR.cast(SQLDataType.INTEGER), none, none,
                none, none));
        Condition read = DSL.falseCondition();
        for (Metric metric : metrics) {
            Condition needed = RegionSums.singleCell(metric) ? DSL.falseCondition()
                    : RegionSums.fromSums(metric) ? RegionSums.withBlank(metric.table()) : DSL.trueCondition();
            read = read.or(needed);
            Condition counted = needed.and(PointStates.state(DSL.trueCondition(), DSL.trueCondition(),
                    fields.tablePresent(metric), fields.known(metric)).eq(PointState.REPORTED.code()));
            perBody.add(DSL.when(counted, fields.value(metric)));
            perBody.add(DSL.when(counted, fields.numerator(metric)));
            perBody.add(DSL.when(counted, fields.denominator(metric)));
        }
        SelectJoinStep<Record> query = dsl.select(regions.columns(perBody, AGENCY_CLOSURE.ANCESTOR_ID)).from(facts)
                .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.DESCENDANT_ID.eq(facts.AGENCY_ID));
        for (Table<?> pivot : fields.pivots()) {
            query = query.leftJoin(pivot).on(DSL.trueCondition());
        }
        return query.where(read, facts.YEAR.between((short) fromYear, (short) toYear),
                regions.match(AGENCY_CLOSURE.ANCESTOR_ID), AGENCY_CLOSURE.DISTANCE.gt(0),
                RegionSums.kind(facts.KIND, bodies));
    }

    private static Field<BigDecimal> count(Condition condition) {
        return DSL.when(condition, BigDecimal.ONE).otherwise(BigDecimal.ZERO);
    }

    private static YearTotals yearTotals(RenderedOnce.Columns row, int metricCount) {
        List<Total> metrics = new ArrayList<>(metricCount);
        for (int i = 0; i < metricCount; i++) {
            int column = 5 + 3 * i;
            metrics.add(new Total(row.get(column, BigDecimal.class), row.get(column + 1, BigDecimal.class),
                    row.get(column + 2, BigDecimal.class)));
        }
        return new YearTotals(row.get(0, Integer.class), row.get(1, Integer.class), row.get(2, Integer.class),
                row.get(3, Integer.class), row.get(4, Integer.class), metrics);
    }

    /** The selection's bodies × the years, each with its active report (if any) and the tables it reads. */
    private static final class BodyYears {

        private final Table<Record1<Integer>> years;
        private final Field<Integer> year;

        BodyYears(int fromYear, int toYear) {
            years = DSL.generateSeries(fromYear, toYear).as("y", "year");
            year = years.field("year", Integer.class);
        }

        Field<Integer> year() {
            return year;
        }

        Condition hasReport() {
            return REPORT.ID.isNotNull();
        }

        /** One of the body's reporting periods covers the year. */
        Condition expected() {
            return ReportingPeriods.expected(year);
        }

        /** Published on or before the deadline of the year after the one reported on. */
        Condition onTime() {
            Field<Integer> deadlineMonth = DSL.when(AGENCY.KIND.eq(PEOPLES_GOVERNMENT),
                    DSL.inline(GOVERNMENT_DEADLINE_MONTH)).otherwise(DSL.inline(DEADLINE_MONTH));
            Field<Integer> publishedYear = DSL.year(REPORT_VERSION.PUBLISHED_ON);
            return hasReport().and(REPORT_VERSION.PUBLISHED_ON.isNotNull())
                    .and(publishedYear.le(year).or(publishedYear.eq(year.plus(1))
                            .and(DSL.month(REPORT_VERSION.PUBLISHED_ON).le(deadlineMonth))));
        }

        /** @param publication whether {@link #onTime()} is selected (it reads the active version's publication date) */
        <R extends Record> SelectConditionStep<R> select(SelectSelectStep<R> select, MetricFields fields,
                                                          BodySelection bodies, boolean publication) {
            return select(select, fields, REGION.CODE.eq(bodies.regionCode()), bodies, publication);
        }

        /** @param regions the regions whose bodies are read (the selection says which: under them or themselves) */
        <R extends Record> SelectConditionStep<R> select(SelectSelectStep<R> select, MetricFields fields,
                                                          Condition regions, BodySelection bodies,
                                                          boolean publication) {
            SelectJoinStep<R> query = select.from(REGION)
                    .join(AGENCY_CLOSURE).on(AGENCY_CLOSURE.ANCESTOR_ID.eq(REGION.ID))
                    .join(AGENCY).on(AGENCY.ID.eq(AGENCY_CLOSURE.DESCENDANT_ID))
                    .crossJoin(years);
            query = query
                    .leftJoin(REPORT).on(REPORT.AGENCY_ID.eq(AGENCY.ID), REPORT.YEAR.eq(year.cast(SQLDataType.SMALLINT)),
                            REPORT.ACTIVE_VERSION_ID.isNotNull());
            if (publication) {
                query = query.leftJoin(REPORT_VERSION).on(REPORT_VERSION.ID.eq(REPORT.ACTIVE_VERSION_ID));
            }
            for (Table<?> pivot : fields.pivots()) {
                query = query.leftJoin(pivot).on(DSL.trueCondition());
            }
            return query.where(regions,
                    bodies.regionItself() ? AGENCY_CLOSURE.DISTANCE.eq(0) : AGENCY_CLOSURE.DISTANCE.gt(0),
                    bodies.kind() == null ? DSL.noCondition()
                            : AGENCY.KIND.eq(cn.nianbao.backend.db.enums.AgencyKind.valueOf(bodies.kind().name())));
        }
    }
}
