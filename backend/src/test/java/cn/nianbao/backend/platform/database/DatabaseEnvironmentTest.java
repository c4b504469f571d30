package cn.nianbao.backend.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.backend.platform.database.DatabaseEnvironment.HostAndDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DatabaseEnvironmentTest {

    @Test
    void acceptsTheUrlFormsAnAdministratorWouldType() {
        assertThat(HostAndDatabase.parse("postgresql://db.example:5433/nianbao"))
                .isEqualTo(new HostAndDatabase("db.example", 5433, "nianbao"));
        assertThat(HostAndDatabase.parse("jdbc:postgresql://127.0.0.1/test"))
                .isEqualTo(new HostAndDatabase("127.0.0.1", 5432, "test"));
        assertThat(HostAndDatabase.parse("r2dbc:postgresql://localhost:5432"))
                .isEqualTo(new HostAndDatabase("localhost", 5432, "postgres"));
    }

    @Test
    void withTheEmbeddedDatabaseTheApiListensOnLoopbackUnlessConfigured() {
        assertThat(DatabaseEnvironment.listenAddress(environment(), false)).contains("127.0.0.1");
        assertThat(DatabaseEnvironment.listenAddress(environment(), true)).isEmpty();
        assertThat(DatabaseEnvironment.listenAddress(environment("nianbao.server.address", "0.0.0.0"), false))
                .contains("0.0.0.0");
        assertThat(DatabaseEnvironment.listenAddress(environment("server.address", "10.0.0.5"), false)).isEmpty();
    }

    @Test
    void theManagedApplicationRolesPasswordIsDerivedNotStored() {
        DatabaseLogin owner = new DatabaseLogin("postgres", "owner-secret");

        String password = ApplicationRole.derivedPassword(owner, "nianbao_app");
        assertThat(password).isEqualTo(ApplicationRole.derivedPassword(owner, "nianbao_app"))
                .isNotEqualTo(ApplicationRole.derivedPassword(owner, "other_app"))
                .isNotEqualTo(ApplicationRole.derivedPassword(new DatabaseLogin("postgres", "another"), "nianbao_app"))
                .doesNotContain("owner-secret").hasSize(43);
    }

    private static MockEnvironment environment(String... properties) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < properties.length; i += 2) {
            environment.setProperty(properties[i], properties[i + 1]);
        }
        return environment;
    }

    @Test
    void readsGoToTheStandbysFirstAndThenThePrimary() {
        HostAndDatabase primary = HostAndDatabase.parse("postgresql://db1:5432/nianbao");
        assertThat(DatabaseEnvironment.readsUrl(primary, "postgresql://db2:5432/nianbao, postgresql://db3:5433"))
                .isEqualTo("r2dbc:postgresql:failover://db2:5432,db3:5433,db1:5432/nianbao");
        assertThatThrownBy(() -> DatabaseEnvironment.readsUrl(primary, "postgresql://db2:5432/other"))
                .hasMessageContaining("db2:5432/other").hasMessageContaining("主库是 nianbao");
        assertThatThrownBy(() -> DatabaseEnvironment.readsUrl(primary, "db2"))
                .hasMessageContaining("NIANBAO_DATABASE_STANDBY_URLS 无效：db2");
    }

    @Test
    void refusesSomethingElseWithAnExample() {
        assertThatThrownBy(() -> HostAndDatabase.parse("mysql://localhost/x"))
                .hasMessageContaining("示例：postgresql://localhost:5432/nianbao");
        assertThatThrownBy(() -> HostAndDatabase.parse("not a url"))
                .hasMessageContaining("NIANBAO_DATABASE_URL 无效");
    }
}
