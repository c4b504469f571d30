package cn.nianbao.backend.analytics.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.ANALYTICS_BODY_YEAR;
import static cn.nianbao.backend.db.Tables.ANALYTICS_REGION_BODY;
import static cn.nianbao.backend.db.Tables.ANALYTICS_REGION_PERIOD;
import static cn.nianbao.backend.db.Tables.ANALYTICS_REGION_PROACTIVE;
import static cn.nianbao.backend.db.Tables.ANALYTICS_REGION_REQUESTS;
import static cn.nianbao.backend.db.Tables.ANALYTICS_REGION_REVIEWS;
import static cn.nianbao.backend.db.Tables.ANALYTICS_REGION_YEAR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.analytics.BodySelection;
import cn.nianbao.backend.analytics.CellSum;
import cn.nianbao.backend.analytics.Metric;
import cn.nianbao.backend.analytics.Ratio;
import cn.nianbao.backend.analytics.ReportTable;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.RequestRow;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A region's figures read from the pre-aggregated tables of V10 and V12 (the sums over the bodies under a region, per year
 * and body kind), one row per year with the columns of {@link MetricQuery}'s totals. A metric of one cell is the
 * cell's sum over the bodies that printed it. A metric of several cells counts a body only when every cell is printed:
 * here that is the sum over the bodies that printed the whole table; the bodies with a blank in it are added from the
 * raw tables by {@link MetricQuery} (the two parts are summed per year).
 */
final class RegionSums {

    /** Inline, so that PostgreSQL matches the partial index of these body-years even in a generic plan. */
    private static final Field<Short> BLANK = DSL.inline((short) 1);

    private RegionSums() {
    }

    /** A single cell in a single layout: its sum over the bodies that printed it is the metric's total. */
    static boolean singleCell(Metric metric) {
        return metric instanceof CellSum sum && sum.layouts().size() == 1 && sum.layouts().getFirst().size() == 1;
    }

    /**
     * Whether the sums over the bodies that printed the whole table (V12's state 2: every row outside （六） in full, and
     * （六） in full in exactly one of its layouts) give the metric exactly. They do when each of its sums either reads
     * no （六） row in its first layout (every such body prints that layout in full, so it is the one counted), or has
     * just the two layouts of （六） (each such body prints exactly one of them, the other adds nothing). Any other
     * metric is read from the raw tables alone.
     */
    static boolean fromSums(Metric metric) {
        return MetricFields.sums(metric).stream().allMatch(sum -> !readsOther(sum.layouts().getFirst())
                || sum.layouts().size() == 2 && onlyOther(sum.layouts().get(0)) && onlyOther(sum.layouts().get(1))
                        && oneRow(sum.layouts().get(0)) != oneRow(sum.layouts().get(1)));
    }

    private static boolean readsOther(List<CellPath> layout) {
        return layout.stream().anyMatch(cell -> cell instanceof CellPath.Request request
                && request.row().group() == RequestRow.Group.OTHER);
    }

    /** Every cell in （六）, all in the one-row layout or all in the split one. */
    private static boolean onlyOther(List<CellPath> layout) {
        return layout.stream().allMatch(cell -> cell instanceof CellPath.Request request
                && request.row().group() == RequestRow.Group.OTHER)
                && layout.stream().map(RegionSums::isOneRow).distinct().count() == 1;
    }

    private static boolean oneRow(List<CellPath> layout) {
        return isOneRow(layout.getFirst());
    }

    private static boolean isOneRow(CellPath cell) {
        return cell instanceof CellPath.Request request && request.row() == RequestRow.OTHER_UNSPLIT;
    }

    /** The counted body-years that printed the table with a blank cell (table state 1 in {@code analytics_body_year}). */
    static Condition withBlank(ReportTable table) {
        return switch (table) {
            case PROACTIVE -> ANALYTICS_BODY_YEAR.PROACTIVE.eq(BLANK);
            case REQUESTS -> ANALYTICS_BODY_YEAR.REQUESTS.eq(BLANK);
            case REVIEWS -> ANALYTICS_BODY_YEAR.REVIEWS.eq(BLANK);
        };
    }

    static Field<Long> regionId(BodySelection bodies) {
        return DSL.field(DSL.select(AGENCY.ID).from(AGENCY).where(AGENCY.CODE.eq(bodies.regionCode())));
    }

    static Condition kind(Field<cn.nianbao.backend.db.enums.AgencyKind> kind, BodySelection bodies) {
        return bodies.kind() == null ? DSL.noCondition()
                : kind.eq(cn.nianbao.backend.db.enums.AgencyKind.valueOf(bodies.kind().name()));
    }

    /** Whether any body of the selection lies under the region (else there is no year to answer, as from the raw tables). */
    static Condition hasBodies(BodySelection bodies, Field<Long> region) {
        return DSL.exists(DSL.selectOne().from(ANALYTICS_REGION_BODY)
                .where(ANALYTICS_REGION_BODY.REGION_ID.eq(region), ANALYTICS_REGION_BODY.BODIES.gt(0),
                        kind(ANALYTICS_REGION_BODY.KIND, bodies)));
    }

    /** The bodies expected to report in the year: the changes of their reporting periods up to it. */
    static Field<BigDecimal> expected(BodySelection bodies, Field<Long> region, Field<Integer> year) {
        return DSL.field(DSL.select(DSL.coalesce(DSL.sum(ANALYTICS_REGION_PERIOD.CHANGE), BigDecimal.ZERO))
                .from(ANALYTICS_REGION_PERIOD)
                .where(ANALYTICS_REGION_PERIOD.REGION_ID.eq(region),
                        ANALYTICS_REGION_PERIOD.YEAR.le(year.cast(SQLDataType.SMALLINT)),
                        kind(ANALYTICS_REGION_PERIOD.KIND, bodies)));
    }

    static Table<?> rows(ReportTable table) {
        return switch (table) {
            case PROACTIVE -> ANALYTICS_REGION_PROACTIVE;
            case REQUESTS -> ANALYTICS_REGION_REQUESTS;
            case REVIEWS -> ANALYTICS_REGION_REVIEWS;
        };
    }

    /** The rows of the table's sums for the regions, the years and the selection's kind. */
    static Condition rowsOf(Table<?> rows, BodySelection bodies, Regions regions, int fromYear, int toYear) {
        return regions.match(rows.field("region_id", Long.class))
                .and(rows.field("year", Short.class).between((short) fromYear, (short) toYear))
                .and(kind(rows.field("kind", cn.nianbao.backend.db.enums.AgencyKind.class), bodies));
    }

    /**
     * The regions a query sums: one, whose totals are the answer, or several at once, each summed as a line of its own
     * and named by its id in a last column {@code line} (the sub-regions of a series or ranking by sub-region).
     *
     * @param one   the region's id: a literal where it is known, so that PostgreSQL plans with its real size
     * @param lines the regions' ids, inlined for the same reason; null for one region
     */
    record Regions(Field<Long> one, List<Long> lines) {

        static final String LINE = "line";

        static Regions one(Field<Long> id) {
            return new Regions(id, null);
        }

        static Regions lines(List<Long> ids) {
            return new Regions(null, List.copyOf(ids));
        }

        boolean keyed() {
            return lines != null;
        }

        /** The rows of these regions in a table keyed by region id. */
        Condition match(Field<Long> regionId) {
            return keyed() ? regionId.in(lines.stream().map(DSL::inline).toList()) : regionId.eq(one);
        }

        /** The columns of a part of the totals, with the line's id last when there are several. */
        List<SelectField<?>> columns(List<SelectField<?>> fields, Field<Long> line) {
            List<SelectField<?>> columns = positional(fields);
            if (keyed()) {
                columns.add(line.as(LINE));
            }
            return columns;
        }
    }

    /** Per year: expected, reported, missing, on time, and per metric value, numerator and denominator. */
    static Select<Record> yearSums(BodySelection bodies, Regions regions, List<Metric> metrics, int fromYear,
                                   int toYear) {
        Table<Record1<Integer>> years = DSL.generateSeries(fromYear, toYear).as("y", "year");
        Field<Integer> year = years.field("year", Integer.class);
        Table<?> lines = regions.keyed() ? DSL.select(AGENCY.ID.as(Regions.LINE)).from(AGENCY)
                .where(regions.match(AGENCY.ID)).asTable("l") : null;
        Field<Long> region = regions.keyed() ? lines.field(Regions.LINE, Long.class) : regions.one();
        var ry = ANALYTICS_REGION_YEAR;
        Table<?> counts = DSL.select(keyedBy(regions, ry.REGION_ID, ry.YEAR, DSL.sum(ry.REPORTED).as("reported"),
                        DSL.sum(ry.REPORTED_EXPECTED).as("reported_expected"), DSL.sum(ry.ON_TIME).as("on_time"),
                        DSL.sum(ry.PROACTIVE_CLEAN).as("proactive_clean"),
                        DSL.sum(ry.REQUESTS_CLEAN).as("requests_clean"),
                        DSL.sum(ry.REVIEWS_CLEAN).as("reviews_clean")))
                .from(ry)
                .where(regions.match(ry.REGION_ID), ry.YEAR.between((short) fromYear, (short) toYear),
                        kind(ry.KIND, bodies))
                .groupBy(keyedBy(regions, ry.REGION_ID, ry.YEAR))
                .asTable("ry");
        Field<BigDecimal> expected = expected(bodies, region, year);
        Field<BigDecimal> reportedExpected = DSL.coalesce(counts.field("reported_expected", BigDecimal.class),
                BigDecimal.ZERO);
        Cells cells = new Cells(metrics, bodies, regions, fromYear, toYear);
        List<SelectField<?>> fields = new ArrayList<>(List.of(year, expected,
                DSL.coalesce(counts.field("reported", BigDecimal.class), BigDecimal.ZERO),
                expected.minus(reportedExpected),
                DSL.coalesce(counts.field("on_time", BigDecimal.class), BigDecimal.ZERO)));
        for (Metric metric : metrics) {
            if (singleCell(metric)) {
                CellPath cell = ((CellSum) metric).layouts().getFirst().getFirst();
                fields.add(DSL.when(cells.printed(cell).gt(BigDecimal.ZERO), cells.sum(cell)));
                fields.add(DSL.castNull(SQLDataType.NUMERIC));
                fields.add(DSL.castNull(SQLDataType.NUMERIC));
                continue;
            }
            if (!fromSums(metric)) {
                fields.addAll(List.of(DSL.castNull(SQLDataType.NUMERIC), DSL.castNull(SQLDataType.NUMERIC),
                        DSL.castNull(SQLDataType.NUMERIC)));
                continue;
            }
            Condition anyClean = counts.field(metric.table().name().toLowerCase(java.util.Locale.ROOT) + "_clean",
                    BigDecimal.class).gt(BigDecimal.ZERO);
            switch (metric) {
                case CellSum sum -> {
                    fields.add(DSL.when(anyClean, cells.cleanSum(sum)));
                    fields.add(DSL.castNull(SQLDataType.NUMERIC));
                    fields.add(DSL.castNull(SQLDataType.NUMERIC));
                }
                case Ratio ratio -> {
                    fields.add(DSL.castNull(SQLDataType.NUMERIC));
                    fields.add(DSL.when(anyClean, cells.cleanSum(ratio.numerator())));
                    fields.add(DSL.when(anyClean, cells.cleanSum(ratio.denominator())));
                }
            }
        }
        SelectJoinStep<Record> query = DSL.select(regions.columns(fields, region))
                .from(regions.keyed() ? lines.crossJoin(years) : years)
                .leftJoin(counts).on(sameLine(regions, counts, region, year));
        for (Table<?> pivot : cells.pivots()) {
            query = query.leftJoin(pivot).on(sameLine(regions, pivot, region, year));
        }
        return query.where(hasBodies(bodies, region));
    }

    /** The fields, led by the region's id when there are several regions (to select and to group by). */
    private static List<Field<?>> keyedBy(Regions regions, Field<Long> regionId, Field<?>... fields) {
        List<Field<?>> keyed = new ArrayList<>(List.of(fields));
        if (regions.keyed()) {
            keyed.addFirst(regionId);
        }
        return keyed;
    }

    /** A row of a year's sums joined to its year and, when there are several regions, to its region's line. */
    private static Condition sameLine(Regions regions, Table<?> sums, Field<Long> line, Field<Integer> year) {
        Condition sameYear = sums.field("year", Short.class).eq(year.cast(SQLDataType.SMALLINT));
        return regions.keyed() ? sameYear.and(sums.field("region_id", Long.class).eq(line)) : sameYear;
    }

    /** The columns named by position ({@code c0}, {@code c1} …), so that the two parts of a total line up. */
    static List<SelectField<?>> positional(List<SelectField<?>> fields) {
        List<SelectField<?>> named = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            named.add(((Field<?>) fields.get(i)).as("c" + i));
        }
        return named;
    }

    /** The cells the metrics read, pivoted per table into one row per year: sum, bodies printing it, sum when clean. */
    private static final class Cells {

        private final Map<ReportTable, Table<?>> pivots = new EnumMap<>(ReportTable.class);
        private final Map<CellPath, String> names = new LinkedHashMap<>();

        Cells(List<Metric> metrics, BodySelection bodies, Regions regions, int fromYear, int toYear) {
            Map<ReportTable, List<SelectField<?>>> fields = new EnumMap<>(ReportTable.class);
            for (Metric metric : metrics) {
                for (CellSum sum : MetricFields.sums(metric)) {
                    for (CellPath cell : sum.cells()) {
                        if (names.containsKey(cell)) {
                            continue;
                        }
                        String name = "c" + names.size();
                        names.put(cell, name);
                        Table<?> rows = rows(metric.table());
                        Condition row = rows.field("row_code", String.class).eq(MetricFields.rowCodeOf(cell));
                        String column = MetricFields.column(cell).getName();
                        List<SelectField<?>> list = fields.computeIfAbsent(metric.table(), table -> new ArrayList<>(
                                keyedBy(regions, rows.field("region_id", Long.class), rows.field("year"))));
                        list.add(DSL.sum(rows.field(column, BigDecimal.class)).filterWhere(row).as(name + "_s"));
                        list.add(DSL.sum(rows.field(column + "_printed", Integer.class)).filterWhere(row)
                                .as(name + "_p"));
                        list.add(DSL.sum(rows.field(column + "_clean", BigDecimal.class)).filterWhere(row)
                                .as(name + "_k"));
                    }
                }
            }
            fields.forEach((table, list) -> {
                Table<?> rows = rows(table);
                pivots.put(table, DSL.select(list).from(rows).where(rowsOf(rows, bodies, regions, fromYear, toYear))
                        .groupBy(keyedBy(regions, rows.field("region_id", Long.class), rows.field("year")))
                        .asTable("a_" + table.name().toLowerCase(java.util.Locale.ROOT)));
            });
        }

        java.util.Collection<Table<?>> pivots() {
            return pivots.values();
        }

        Field<BigDecimal> sum(CellPath cell) {
            return column(cell, "_s");
        }

        Field<BigDecimal> printed(CellPath cell) {
            return DSL.coalesce(column(cell, "_p"), BigDecimal.ZERO);
        }

        /**
         * Over the bodies that printed the whole table ({@link #fromSums}): the first layout when it reads no （六）
         * row, else both layouts of （六） (each body prints one of them).
         */
        Field<BigDecimal> cleanSum(CellSum sum) {
            List<List<CellPath>> layouts = readsOther(sum.layouts().getFirst()) ? sum.layouts()
                    : List.of(sum.layouts().getFirst());
            return layouts.stream().flatMap(List::stream)
                    .map(cell -> DSL.coalesce(column(cell, "_k"), BigDecimal.ZERO))
                    .reduce(Field::plus).orElseThrow();
        }

        private Field<BigDecimal> column(CellPath cell, String suffix) {
            Table<?> pivot = pivots.get(ReportTable.of(cell));
            return pivot.field(names.get(cell) + suffix, BigDecimal.class);
        }
    }
}
