package cn.nianbao.backend.analytics.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static cn.nianbao.backend.db.Tables.AGENCY_REPORTING_PERIOD;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Whether a body ({@code agency} in the outer query) is expected to report in a year: one place for every query. */
final class ReportingPeriods {

    private ReportingPeriods() {
    }

    /** One of the body's reporting periods covers the year. */
    static Condition expected(Field<Integer> year) {
        Field<Short> shortYear = year.cast(SQLDataType.SMALLINT);
        return DSL.exists(DSL.selectOne().from(AGENCY_REPORTING_PERIOD)
                .where(AGENCY_REPORTING_PERIOD.AGENCY_ID.eq(AGENCY.ID),
                        AGENCY_REPORTING_PERIOD.FIRST_YEAR.le(shortYear),
                        AGENCY_REPORTING_PERIOD.LAST_YEAR.isNull()
                                .or(AGENCY_REPORTING_PERIOD.LAST_YEAR.ge(shortYear))));
    }
}
