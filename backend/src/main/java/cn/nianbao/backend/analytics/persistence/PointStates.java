package cn.nianbao.backend.analytics.persistence;

import cn.nianbao.backend.analytics.PointState;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The one place that decides a point's state, as an SQL expression, so that a series, a ranking and the overview's
 * counts (缺报 on 数据质量 and on 总览) can never disagree.
 */
final class PointStates {

    private PointStates() {
    }

    /**
     * {@code missing} and {@code not_expected} when there is no report; with a report, {@code table_missing} when it
     * lacks the table, {@code blank} when a needed cell is not printed, {@code reported} otherwise.
     */
    static Field<String> state(Condition hasReport, Condition expected, Condition tablePresent, Condition known) {
        return DSL.when(hasReport.not().and(expected), DSL.inline(PointState.MISSING.code()))
                .when(hasReport.not(), DSL.inline(PointState.NOT_EXPECTED.code()))
                .when(tablePresent.not(), DSL.inline(PointState.TABLE_MISSING.code()))
                .when(known.not(), DSL.inline(PointState.BLANK.code()))
                .otherwise(DSL.inline(PointState.REPORTED.code()));
    }

    /** The state of the report itself, whatever the metric: reported, missing or not expected. */
    static Field<String> ofReport(Condition hasReport, Condition expected) {
        return state(hasReport, expected, DSL.trueCondition(), DSL.trueCondition());
    }
}
