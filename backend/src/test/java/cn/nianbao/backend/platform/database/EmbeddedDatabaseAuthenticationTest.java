package cn.nianbao.backend.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL asks every connection for a password: a local process that does not know it gets nothing,
 * and the password is in the data directory for its owner only. A data directory from before (every local connection
 * trusted, postgres without a password) is converted on its first start, with its data.
 */
class EmbeddedDatabaseAuthenticationTest {

    @TempDir
    Path data;

    @Test
    void aNewDirectoryNeedsThePasswordThatOnlyItsOwnerCanRead() throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(data);
        try {
            assertThatThrownBy(() -> connect(server.port(), "")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(server.port(), "guessed")).isInstanceOf(SQLException.class);
            try (Connection owner = connect(server.port(), server.ownerPassword())) {
                assertThat(owner.isValid(2)).isTrue();
            }
            Path passwordFile = data.resolve(OwnerPasswordFile.NAME);
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(server.ownerPassword());
            assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(OwnerPasswordFile.OWNER_ONLY);
            assertThat(Files.readString(data.resolve(HostBasedAuthentication.FILE)))
                    .contains("scram-sha-256").doesNotContain("trust");
        } finally {
            server.release();
        }
    }

    @Test
    void aDirectoryFromBeforePasswordsIsConvertedWithItsData() throws Exception {
        // what earlier versions left behind: zonky's defaults, every local connection trusted
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .start(); Connection connection = old.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('还在')");
        }
        assertThat(Files.readString(data.resolve(HostBasedAuthentication.FILE))).contains("trust");

        EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(data);
        try {
            assertThatThrownBy(() -> connect(server.port(), "")).isInstanceOf(SQLException.class);
            try (Connection owner = connect(server.port(), server.ownerPassword());
                 Statement statement = owner.createStatement();
                 var rows = statement.executeQuery("SELECT value FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("还在");
            }
            assertThat(Files.readString(data.resolve(HostBasedAuthentication.FILE))).doesNotContain("trust");
            assertThat(Files.getPosixFilePermissions(data.resolve(OwnerPasswordFile.NAME)))
                    .isEqualTo(OwnerPasswordFile.OWNER_ONLY);
        } finally {
            server.release();
        }

        // and the next start uses the kept password
        EmbeddedPostgresServer again = EmbeddedPostgresServer.acquire(data);
        try (Connection owner = connect(again.port(), again.ownerPassword())) {
            assertThat(owner.isValid(2)).isTrue();
        } finally {
            again.release();
        }
    }

    private static Connection connect(int port, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", password);
    }
}
