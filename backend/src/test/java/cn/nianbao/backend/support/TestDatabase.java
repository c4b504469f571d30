package cn.nianbao.backend.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import cn.nianbao.backend.platform.database.OwnerDatabase;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Empties every data table between tests. The application's role may not TRUNCATE, and the history tables refuse it
 * with a trigger for everyone, so this works as the owner role, with the owner's triggers off for the one transaction
 * that empties them. The installation's state (app_state, installation_secret, Flyway's history) stays.
 */
public final class TestDatabase {

    private static final List<String> KEPT = List.of("app_state", "installation_secret", "flyway_schema_history");
    private static final Map<DSLContext, OwnerDatabase> OWNERS = new ConcurrentHashMap<>();
    private static final String DEADLOCK = "40P01";

    private TestDatabase() {
    }

    /** Empties the tables of the database behind {@code dsl} (an application context of {@link BackendIntegrationTest}). */
    public static void truncate(DSLContext dsl) {
        for (int attempt = 1; ; attempt++) {
            try {
                emptyTables(dsl);
                return;
            } catch (DataAccessException e) {
                // a write the test before left in flight may still be taking its locks
                // as this takes them table by table: PostgreSQL cancels one of the two, and this one can try again
                if (attempt == 3 || !DEADLOCK.equals(e.sqlState())) {
                    throw e;
                }
            }
        }
    }

    private static void emptyTables(DSLContext dsl) {
        asOwner(dsl, database -> {
            database.transaction(transaction -> {
                DSLContext tx = transaction.dsl();
                List<String> tables = tx.fetchValues(tx.select(DSL.field("tablename", String.class))
                        .from("pg_tables")
                        .where("schemaname = current_schema()")
                        .and(DSL.field("tablename", String.class).notIn(KEPT)));
                List<Name> names = tables.stream().map(DSL::name).toList();
                for (Name table : names) {
                    tx.execute("ALTER TABLE {0} DISABLE TRIGGER USER", table);
                }
                tx.execute("TRUNCATE {0} RESTART IDENTITY CASCADE", DSL.list(names));
                for (Name table : names) {
                    tx.execute("ALTER TABLE {0} ENABLE TRIGGER USER", table);
                }
            });
        });
    }

    /**
     * Runs statements as the owner role (blocking, over JDBC) on the database behind {@code dsl}: what the application's
     * role may not do, such as adding a trigger that makes a test's audit write fail.
     */
    public static void asOwner(DSLContext dsl, Consumer<DSLContext> work) {
        OwnerDatabase owner = OWNERS.get(dsl);
        if (owner == null) {
            throw new IllegalStateException("TestDatabase needs the application context of @BackendIntegrationTest");
        }
        owner.run(database -> {
            work.accept(database);
            return null;
        });
    }

    /** Remembers each test application's owner connection by its DSLContext; imported by {@link BackendIntegrationTest}. */
    @Component
    static class Registration {

        Registration(DSLContext dsl, OwnerDatabase owner) {
            OWNERS.put(dsl, owner);
        }
    }
}
