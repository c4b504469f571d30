package cn.nianbao.backend.analytics.persistence;

import static cn.nianbao.backend.db.Tables.PROACTIVE_ROW;
import static cn.nianbao.backend.db.Tables.REQUEST_ROW;
import static cn.nianbao.backend.db.Tables.REVIEW_ROW;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.backend.analytics.CellSum;
import cn.nianbao.backend.analytics.Metric;
import cn.nianbao.backend.analytics.Ratio;
import cn.nianbao.backend.analytics.ReportTable;
import cn.nianbao.backend.contract.CellPath;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Metrics compiled to SQL over one report version: for each table a metric reads, a lateral subquery that pivots the
 * table's printed rows into one row of the cells needed (and counts the rows, so that a table not in the report is
 * told from a blank cell); on top of it each metric's value, numerator, denominator and whether it is known.
 * Everything is numeric, so sums never overflow and 万元 keep their decimals.
 */
final class MetricFields {

    private static final String ROWS = "row_count";
    private static final int RATE_SCALE = 4;

    private final Map<ReportTable, Table<?>> pivots = new EnumMap<>(ReportTable.class);
    private final Map<CellPath, Field<BigDecimal>> cells = new LinkedHashMap<>();

    /** @param activeVersionId the version whose rows are read (the report's active version in the outer query) */
    MetricFields(Collection<Metric> metrics, Field<Long> activeVersionId) {
        Map<ReportTable, Set<CellPath>> needed = new EnumMap<>(ReportTable.class);
        for (Metric metric : metrics) {
            for (CellSum sum : sums(metric)) {
                needed.computeIfAbsent(metric.table(), table -> new LinkedHashSet<>()).addAll(sum.cells());
            }
        }
        needed.forEach((table, tableCells) -> {
            String alias = "t_" + table.name().toLowerCase(java.util.Locale.ROOT);
            List<SelectField<?>> fields = new ArrayList<>();
            fields.add(DSL.count().as(ROWS));
            int index = 0;
            Map<CellPath, String> names = new LinkedHashMap<>();
            for (CellPath cell : tableCells) {
                String name = "c" + index++;
                names.put(cell, name);
                fields.add(DSL.max(column(cell)).filterWhere(RowTables.rowCode(table).eq(rowCodeOf(cell)))
                        .cast(SQLDataType.NUMERIC).as(name));
            }
            Table<?> pivot = DSL.lateral(DSL.select(fields).from(RowTables.source(table))
                    .where(RowTables.versionId(table).eq(activeVersionId))).as(alias);
            pivots.put(table, pivot);
            names.forEach((cell, name) -> cells.put(cell, pivot.field(name, BigDecimal.class)));
        });
    }

    /** The subqueries to join (each {@code LEFT JOIN LATERAL … ON TRUE}). */
    Collection<Table<?>> pivots() {
        return pivots.values();
    }

    /** Whether the report prints any row of the metric's table. */
    Condition tablePresent(Metric metric) {
        return pivots.get(metric.table()).field(ROWS, Integer.class).gt(0);
    }

    /** The number: a sum, or a rate rounded to four decimals (null when the denominator is 0). */
    Field<BigDecimal> value(Metric metric) {
        return switch (metric) {
            case CellSum sum -> sum(sum);
            case Ratio ratio -> rate(sum(ratio.numerator()), sum(ratio.denominator()));
        };
    }

    Field<BigDecimal> numerator(Metric metric) {
        return metric instanceof Ratio ratio ? sum(ratio.numerator()) : DSL.castNull(SQLDataType.NUMERIC);
    }

    Field<BigDecimal> denominator(Metric metric) {
        return metric instanceof Ratio ratio ? sum(ratio.denominator()) : DSL.castNull(SQLDataType.NUMERIC);
    }

    /** Whether every cell the metric needs is printed (a rate of 0 cases is known, its value is not). */
    Condition known(Metric metric) {
        return switch (metric) {
            case CellSum sum -> sum(sum).isNotNull();
            case Ratio ratio -> sum(ratio.numerator()).isNotNull().and(sum(ratio.denominator()).isNotNull());
        };
    }

    /** numerator / denominator to four decimals; null when the denominator is 0 (a rate of no cases). */
    static Field<BigDecimal> rate(Field<BigDecimal> numerator, Field<BigDecimal> denominator) {
        return DSL.round(numerator.div(DSL.nullif(denominator, DSL.inline(BigDecimal.ZERO))), RATE_SCALE);
    }

    /** The first layout printed in full; within a layout, + gives NULL as soon as one cell is blank. */
    private Field<BigDecimal> sum(CellSum sum) {
        List<Field<BigDecimal>> layouts = sum.layouts().stream()
                .map(layout -> layout.stream().map(cells::get).reduce(Field::plus).orElseThrow())
                .toList();
        return layouts.size() == 1 ? layouts.getFirst()
                : DSL.coalesce(layouts.getFirst(), layouts.subList(1, layouts.size()).toArray(Field[]::new));
    }

    static List<CellSum> sums(Metric metric) {
        return switch (metric) {
            case CellSum sum -> List.of(sum);
            case Ratio ratio -> List.of(ratio.numerator(), ratio.denominator());
        };
    }

    static String rowCodeOf(CellPath cell) {
        return switch (cell) {
            case CellPath.Request request -> request.row().code();
            case CellPath.Review review -> review.row().code();
            case CellPath.Proactive proactive -> proactive.row().code();
        };
    }

    static TableField<?, ? extends Number> column(CellPath cell) {
        return switch (cell) {
            case CellPath.Request request -> switch (request.column()) {
                case NATURAL_PERSON -> REQUEST_ROW.NATURAL_PERSON;
                case COMMERCIAL -> REQUEST_ROW.COMMERCIAL;
                case RESEARCH -> REQUEST_ROW.RESEARCH;
                case PUBLIC_INTEREST -> REQUEST_ROW.PUBLIC_INTEREST;
                case LEGAL_SERVICES -> REQUEST_ROW.LEGAL_SERVICES;
                case OTHER -> REQUEST_ROW.OTHER;
                case TOTAL -> REQUEST_ROW.TOTAL;
            };
            case CellPath.Review review -> switch (review.outcome()) {
                case UPHELD -> REVIEW_ROW.UPHELD;
                case CORRECTED -> REVIEW_ROW.CORRECTED;
                case OTHER -> REVIEW_ROW.OTHER;
                case PENDING -> REVIEW_ROW.PENDING;
                case TOTAL -> REVIEW_ROW.TOTAL;
            };
            case CellPath.Proactive proactive -> switch (proactive.field()) {
                case ISSUED -> PROACTIVE_ROW.ISSUED;
                case REPEALED -> PROACTIVE_ROW.REPEALED;
                case IN_FORCE -> PROACTIVE_ROW.IN_FORCE;
                case DECISIONS -> PROACTIVE_ROW.DECISIONS;
                case AMOUNT_WAN_YUAN -> PROACTIVE_ROW.AMOUNT_WAN_YUAN;
            };
        };
    }
}
