package cn.nianbao.backend.platform.database;

import org.jooq.DSLContext;

/**
 * The handle of one unit of work on the database, handed from a service to its repositories: inside
 * {@link Database#inTransaction} every statement made through it belongs to that one transaction. Services only
 * pass it on; persistence classes unwrap it (ArchUnit keeps jOOQ out of everything else).
 */
public final class Tx {

    private final DSLContext dsl;

    Tx(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** For persistence classes: the jOOQ context bound to this unit of work. */
    public DSLContext dsl() {
        return dsl;
    }
}
