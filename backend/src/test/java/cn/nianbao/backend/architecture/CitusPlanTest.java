package cn.nianbao.backend.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.BulkAgencies;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.platform.database.OwnerDatabase;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Citus plan of docs/SCALING.md ({@code db/citus}) against the real schema: every table placed once, and after
 * keys.sql (applied to stored reports, then rolled back) every rule Citus sets for keys and foreign keys holds.
 */
@BackendIntegrationTest
class CitusPlanTest {

    private static final Path PLAN = Path.of("..", "db", "citus");
    private static final Pattern REFERENCE = Pattern.compile("create_reference_table\\('(\\w+)'\\)");
    private static final Pattern DISTRIBUTED = Pattern.compile(
            "create_distributed_table\\('(\\w+)', '(\\w+)'(?:, colocate_with => '(\\w+)')?\\)");
    private static final Pattern LOCAL = Pattern.compile("citus_add_local_table_to_metadata\\('(\\w+)'\\)");

    /** Where a table lives; {@code group} names the co-location group of a distributed table. */
    private record Placement(String kind, String column, String group) {
    }

    private record ForeignKey(String name, String table, List<String> columns, String target,
                              List<String> targetColumns) {
    }

    @Autowired
    OwnerDatabase owner;
    @Autowired
    DSLContext dsl;
    @Autowired
    ReportService reports;

    @Test
    void everyTableIsPlacedAndKeysAndForeignKeysFollowCitusRules() throws Exception {
        storeTwoVersionsOfAReport();
        Map<String, Placement> plan = plan(Files.readString(PLAN.resolve("distribute.sql")));
        String keys = Files.readString(PLAN.resolve("keys.sql"));

        owner.withConnection(connection -> {
            assertThat(plan.keySet()).containsExactlyInAnyOrderElementsOf(tables(connection));
            try (Statement statement = connection.createStatement()) {
                statement.execute(keys);
            }
            for (Map.Entry<String, Placement> table : plan.entrySet()) {
                Placement placement = table.getValue();
                if (placement.kind().equals("distributed")) {
                    assertThat(notNull(connection, table.getKey(), placement.column()))
                            .as("distribution column %s.%s, not null", table.getKey(), placement.column()).isTrue();
                    assertThat(uniqueKeys(connection, table.getKey()))
                            .as("primary and unique keys of %s", table.getKey())
                            .allSatisfy(columns -> assertThat(columns).contains(placement.column()));
                }
            }
            for (ForeignKey key : foreignKeys(connection)) {
                Placement from = plan.get(key.table());
                Placement to = plan.get(key.target());
                if (to.kind().equals("reference")) {
                    continue;
                }
                assertThat(from.kind()).as("%s: only reference tables may be referenced from %s", key.name(),
                        from.kind()).isEqualTo(to.kind());
                if (to.kind().equals("distributed")) {
                    assertThat(from.group()).as("%s joins one co-location group", key.name()).isEqualTo(to.group());
                    int at = key.columns().indexOf(from.column());
                    assertThat(at).as("%s carries %s", key.name(), from.column()).isNotNegative();
                    assertThat(key.targetColumns().get(at)).as("%s matches the distribution columns", key.name())
                            .isEqualTo(to.column());
                }
            }
            // the history's new column is its report's body, row for row
            assertThat(count(connection, "SELECT count(*) FROM request_row t JOIN report_version v ON v.id = t.version_id"
                    + " JOIN report r ON r.id = v.report_id WHERE t.agency_id <> r.agency_id OR v.agency_id <> r.agency_id"))
                    .isZero();
            assertThat(count(connection, "SELECT count(DISTINCT version_id) FROM request_row")).isEqualTo(2);
            connection.rollback();
            return null;
        });
        // rolled back: the schema is the migrations' again
        long added = owner.withConnection(connection -> count(connection, "SELECT count(*) FROM pg_attribute "
                + "WHERE attrelid = 'request_row'::regclass AND attname = 'agency_id'"));
        assertThat(added).isZero();
    }

    private void storeTwoVersionsOfAReport() throws Exception {
        TestDatabase.truncate(dsl);
        Path staging = Files.createTempDirectory("citus-plan");
        owner.withConnection(connection -> {
            try (BulkAgencies bodies = BulkAgencies.open(connection, staging)) {
                long city = bodies.add(new NewAgency("citus", "分片市人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0,
                        false, List.of(new ReportingPeriod(2019, null))), null);
                bodies.add(new NewAgency("citus.t1", "分片镇人民政府", AgencyKind.TOWNSHIP, "citus", 0, false,
                        List.of(new ReportingPeriod(2019, null))), city);
                bodies.load(connection);
            }
            return null;
        });
        Files.deleteIfExists(staging);
        List<DemoCity.GeneratedReport> generated = new DemoCity(DemoCity.Spec.DEFAULT).reports().stream()
                .filter(report -> report.year() == 2023).limit(2).toList();
        for (DemoCity.GeneratedReport report : generated) {
            reports.storeAsSystem("citus.t1", 2023, new NewVersion(report.report(), VersionOrigin.DEMO, "测试", null,
                    null)).block();
        }
    }

    private static Map<String, Placement> plan(String sql) {
        Map<String, Placement> plan = new LinkedHashMap<>();
        Matcher reference = REFERENCE.matcher(sql);
        while (reference.find()) {
            place(plan, reference.group(1), new Placement("reference", null, null));
        }
        Matcher local = LOCAL.matcher(sql);
        while (local.find()) {
            place(plan, local.group(1), new Placement("local", null, null));
        }
        Matcher distributed = DISTRIBUTED.matcher(sql);
        while (distributed.find()) {
            String with = distributed.group(3);
            String group = with == null || with.equals("none") ? distributed.group(1) : plan.get(with).group();
            place(plan, distributed.group(1), new Placement("distributed", distributed.group(2), group));
        }
        return plan;
    }

    private static void place(Map<String, Placement> plan, String table, Placement placement) {
        assertThat(plan.put(table, placement)).as("%s placed twice", table).isNull();
    }

    private static List<String> tables(Connection connection) throws SQLException {
        return strings(connection, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')");
    }

    private static boolean notNull(Connection connection, String table, String column) throws SQLException {
        return count(connection, "SELECT count(*) FROM pg_attribute WHERE attrelid = '" + table + "'::regclass "
                + "AND attname = '" + column + "' AND attnotnull AND NOT attisdropped") == 1;
    }

    private static List<List<String>> uniqueKeys(Connection connection, String table) throws SQLException {
        List<List<String>> keys = new ArrayList<>();
        for (String columns : strings(connection, "SELECT (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM "
                + "unnest(c.conkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = c.conrelid "
                + "AND a.attnum = k.attnum) FROM pg_constraint c WHERE c.conrelid = '" + table + "'::regclass "
                + "AND c.contype IN ('p', 'u')")) {
            keys.add(List.of(columns.split(",")));
        }
        assertThat(keys).as("%s has a primary key", table).isNotEmpty();
        return keys;
    }

    private static List<ForeignKey> foreignKeys(Connection connection) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        String columns = "(SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(%s) WITH ORDINALITY k(attnum, n) "
                + "JOIN pg_attribute a ON a.attrelid = %s AND a.attnum = k.attnum)";
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT c.conname, c.conrelid::regclass::text, "
                     + columns.formatted("c.conkey", "c.conrelid") + ", c.confrelid::regclass::text, "
                     + columns.formatted("c.confkey", "c.confrelid") + " FROM pg_constraint c JOIN pg_namespace n "
                     + "ON n.oid = c.connamespace WHERE n.nspname = current_schema() AND c.contype = 'f'")) {
            while (rows.next()) {
                keys.add(new ForeignKey(rows.getString(1), rows.getString(2), List.of(rows.getString(3).split(",")),
                        rows.getString(4), List.of(rows.getString(5).split(","))));
            }
        }
        assertThat(keys).isNotEmpty();
        return keys;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
