package cn.nianbao.backend.support;

import org.jooq.DSLContext;
import reactor.core.publisher.Mono;

/** Empties every data table (TRUNCATE does not fire the row triggers that keep versions immutable). */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void truncate(DSLContext dsl) {
        Mono.from(dsl.query("TRUNCATE narrative_section, proactive_row, request_row, review_row, report_version, "
                + "report, source_document, agency_reporting_period, agency_closure, agency, app_state "
                + "RESTART IDENTITY CASCADE")).block();
    }
}
