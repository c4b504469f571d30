package cn.nianbao.backend.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.backend.platform.database.DatabaseEnvironment.HostAndDatabase;
import org.junit.jupiter.api.Test;

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
    void refusesSomethingElseWithAnExample() {
        assertThatThrownBy(() -> HostAndDatabase.parse("mysql://localhost/x"))
                .hasMessageContaining("示例：postgresql://localhost:5432/nianbao");
        assertThatThrownBy(() -> HostAndDatabase.parse("not a url"))
                .hasMessageContaining("NIANBAO_DATABASE_URL 无效");
    }
}
