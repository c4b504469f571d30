package cn.nianbao.backend.analytics.persistence;

import static cn.nianbao.backend.db.Tables.PROACTIVE_ROW;
import static cn.nianbao.backend.db.Tables.REQUEST_ROW;
import static cn.nianbao.backend.db.Tables.REVIEW_ROW;

import cn.nianbao.backend.analytics.ReportTable;
import org.jooq.Field;
import org.jooq.Table;

/** Where each of the three report tables is stored: its row table, and that table's version and row-code columns. */
final class RowTables {

    private RowTables() {
    }

    static Table<?> source(ReportTable table) {
        return switch (table) {
            case PROACTIVE -> PROACTIVE_ROW;
            case REQUESTS -> REQUEST_ROW;
            case REVIEWS -> REVIEW_ROW;
        };
    }

    static Field<Long> versionId(ReportTable table) {
        return switch (table) {
            case PROACTIVE -> PROACTIVE_ROW.VERSION_ID;
            case REQUESTS -> REQUEST_ROW.VERSION_ID;
            case REVIEWS -> REVIEW_ROW.VERSION_ID;
        };
    }

    static Field<String> rowCode(ReportTable table) {
        return switch (table) {
            case PROACTIVE -> PROACTIVE_ROW.ROW_CODE;
            case REQUESTS -> REQUEST_ROW.ROW_CODE;
            case REVIEWS -> REVIEW_ROW.ROW_CODE;
        };
    }
}
