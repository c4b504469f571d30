package cn.nianbao.backend.platform.database;

import static cn.nianbao.backend.db.Tables.INSTALLATION_SECRET;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates, then, as the owner, gives the application's role exactly what it needs on every table of the schema —
 * including tables that later migrations add: SELECT, INSERT, UPDATE and DELETE (the row triggers still refuse
 * changing history), never TRUNCATE, and nothing at all on the installation's secrets and Flyway's history. In one
 * transaction, so a running backend never sees the role without its privileges. On every start: a role renamed in
 * the configuration, or privileges a DBA widened by hand, are put right.
 */
@Component
class ApplicationRolePrivileges implements FlywayMigrationStrategy {

    private final OwnerDatabase owner;
    private final String appRole;
    private final String ownerRole;
    private final String historyTable;

    ApplicationRolePrivileges(OwnerDatabase owner,
                              @Value("${" + DatabaseEnvironment.APP_ROLE + ":}") String appRole,
                              @Value("${" + DatabaseEnvironment.OWNER_ROLE + ":}") String ownerRole,
                              @Value("${spring.flyway.table:flyway_schema_history}") String historyTable) {
        this.owner = owner;
        this.appRole = appRole;
        this.ownerRole = ownerRole;
        this.historyTable = historyTable;
    }

    @Override
    public void migrate(Flyway flyway) {
        flyway.migrate();
        if (!appRole.isEmpty() && !appRole.equals(ownerRole)) {
            owner.run(dsl -> {
                dsl.transaction(transaction -> grant(transaction.dsl()));
                return null;
            });
        }
    }

    private void grant(DSLContext dsl) {
        Name app = DSL.name(appRole);
        String current = dsl.fetchValue(DSL.select(DSL.field("current_schema()", String.class)));
        Name schema = DSL.name(current);
        dsl.execute("GRANT USAGE ON SCHEMA {0} TO {1}", schema, app);
        dsl.execute("REVOKE ALL ON ALL TABLES IN SCHEMA {0} FROM {1}", schema, app);
        dsl.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {0} TO {1}", schema, app);
        dsl.execute("REVOKE ALL ON {0}, {1} FROM {2}", DSL.name(current, INSTALLATION_SECRET.getName()),
                DSL.name(current, historyTable), app);
        dsl.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {0} FROM {1}", schema, app);
        dsl.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {0} TO {1}", schema, app);
    }
}
