package cn.nianbao.backend.agency.persistence;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import cn.nianbao.backend.agency.PrintedName;
import cn.nianbao.backend.platform.database.OwnerDatabase;
import cn.nianbao.backend.support.BackendIntegrationTest;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A server where pg_trgm cannot be created (here: a schema owner without CREATE on the database, as a DBA may set it
 * up) still takes every migration, and the body search still finds by all three ways, reading every name for the
 * "contains" way instead of its trigram index (README, docs/API.md).
 */
@BackendIntegrationTest
class SearchWithoutTrigramsTest {

    private static final String DATABASE = "nianbao_without_trigrams";
    private static final String ROLE = "nianbao_without_trigrams";
    private static final String PASSWORD = "without-trigrams-only-in-this-test";

    @Autowired
    OwnerDatabase owner;

    @Autowired
    Environment environment;

    @Test
    void everyMigrationRunsAndTheSearchStillFindsByEachWay() throws Exception {
        // the embedded server's owner may; an external test server's owner (NIANBAO_TEST_DATABASE_URL) may not
        Boolean mayCreate = owner.run(dsl -> dsl.fetchValue(DSL.select(DSL.field(
                "rolsuper OR (rolcreaterole AND rolcreatedb)", Boolean.class)).from("pg_roles")
                .where("rolname = current_user")));
        assumeTrue(Boolean.TRUE.equals(mayCreate), "the owner may create roles and databases");
        owner.run(dsl -> {
            dsl.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            dsl.execute("DROP ROLE IF EXISTS " + ROLE);
            // no CREATEDB, no superuser; the database belongs to the owner, so CREATE EXTENSION is refused
            dsl.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
            dsl.execute("CREATE DATABASE " + DATABASE);
            return null;
        });
        String url = environment.getRequiredProperty("spring.flyway.url").replaceFirst("/[^/?]+(\\?|$)",
                "/" + DATABASE + "$1");
        try (Connection asOwner = DriverManager.getConnection(url, environment.getProperty("spring.flyway.user"),
                environment.getProperty("spring.flyway.password", ""))) {
            DSL.using(asOwner, SQLDialect.POSTGRES).execute("ALTER SCHEMA public OWNER TO " + ROLE);
        }

        Flyway.configure().dataSource(url, ROLE, PASSWORD).locations("classpath:db/migration").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, ROLE, PASSWORD)) {
            DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
            assertThat(dsl.fetchExists(DSL.table("pg_extension"), DSL.field("extname").eq("pg_trgm"))).isFalse();
            assertThat(dsl.fetchExists(DSL.table("pg_indexes"), DSL.field("indexname").eq("agency_name_trigrams")))
                    .isFalse();
            dsl.execute("INSERT INTO agency (code, name, kind, sort_order) VALUES "
                    + "('gs', '甘肃省人民政府', 'PEOPLES_GOVERNMENT', 1), "
                    + "('gs.yd', '永登县人民政府', 'PEOPLES_GOVERNMENT', 2), "
                    + "('gs.yd.cg', '城关镇人民政府', 'TOWNSHIP', 3)");

            assertThat(found(dsl, "城关")).containsExactly("城关镇人民政府");
            assertThat(found(dsl, "永登县城关镇人民政府")).containsExactly("城关镇人民政府", "永登县人民政府");
            assertThat(found(dsl, "GS.YD")).containsExactly("城关镇人民政府", "永登县人民政府");
        }
    }

    @AfterEach
    void dropTheDatabase() {
        owner.run(dsl -> {
            dsl.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            dsl.execute("DROP ROLE IF EXISTS " + ROLE);
            return null;
        });
    }

    private static List<String> found(DSLContext dsl, String text) {
        return dsl.select(AGENCY.NAME).from(AGENCY)
                .where(AgencyRepository.named(text, PrintedName.key(text)))
                .orderBy(AGENCY.NAME)
                .fetch(AGENCY.NAME);
    }
}
