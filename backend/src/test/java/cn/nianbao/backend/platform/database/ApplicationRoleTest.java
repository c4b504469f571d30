package cn.nianbao.backend.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.backend.support.BackendIntegrationTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

/**
 * What the application's database connection can do: no superuser, owns nothing, cannot empty the history or read
 * the installation's secrets. And the owner cannot empty the history by mistake either (statement trigger).
 */
@BackendIntegrationTest
class ApplicationRoleTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    OwnerDatabase owner;

    @Test
    void theApplicationIsNoSuperuserAndOwnsNothing() {
        assertThat(value("SELECT current_user::text")).isEqualTo("nianbao_app");
        assertThat(value("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles "
                + "WHERE rolname = current_user")).isEqualTo(false);
        assertThat(value("SELECT count(*)::int FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles "
                + "WHERE rolname = current_user)")).isEqualTo(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit_event", "report_version", "proactive_row", "request_row", "review_row",
            "narrative_section", "source_document"})
    void theHistoryCannotBeEmptied(String table) {
        assertThatThrownBy(() -> Mono.from(dsl.query("TRUNCATE {0} CASCADE", DSL.name(table))).block())
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> owner.run(database -> database.execute("TRUNCATE {0} CASCADE", DSL.name(table))))
                .hasMessageContaining("不可清空");
        Object mayTruncate = owner.run(database -> database.fetchValue(
                "SELECT has_table_privilege('nianbao_app', {0}, 'TRUNCATE')", DSL.inline(table)));
        assertThat(mayTruncate).isEqualTo(false);
    }

    @Test
    void aCascadeFromAnotherTableCannotEmptyTheHistoryEither() {
        assertThatThrownBy(() -> owner.run(database -> database.execute("TRUNCATE report CASCADE")))
                .hasMessageContaining("不可清空");
    }

    @Test
    void theTokenKeyIsNotReadableThroughTheApplication() {
        assertThatThrownBy(() -> Mono.from(dsl.resultQuery("SELECT value FROM installation_secret")).block())
                .hasMessageContaining("permission denied");
        assertThat(Mono.from(dsl.resultQuery("SELECT value FROM app_state WHERE key = 'token_secret'")).block())
                .isNull();
        Object keys = owner.run(database -> database.fetchValue(
                "SELECT count(*)::int FROM installation_secret WHERE name = 'token_secret'"));
        assertThat(keys).isEqualTo(1);
    }

    private Object value(String sql) {
        return Mono.from(dsl.resultQuery(sql)).block().get(0);
    }
}
