package cn.nianbao.backend.support;

import org.jooq.DSLContext;
import reactor.core.publisher.Mono;

/**
 * Empties every data table (TRUNCATE does not fire the row triggers that keep versions and the audit log immutable).
 * The installation's state (e.g. the token key) stays.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void truncate(DSLContext dsl) {
        Mono.from(dsl.query("TRUNCATE narrative_section, proactive_row, request_row, review_row, report_version, "
                + "report, source_document, audit_event, app_user, agency_reporting_period, agency_closure, agency "
                + "RESTART IDENTITY CASCADE")).block();
    }
}
