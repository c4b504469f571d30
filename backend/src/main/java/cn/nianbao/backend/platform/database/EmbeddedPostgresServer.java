package cn.nianbao.backend.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL used when no external database is configured. One server per data directory per JVM,
 * shared by every application context that asks for it (tests start several) and stopped when the last one closes.
 * <p>
 * Every connection needs a password (SCRAM): the superuser {@code postgres}, which owns the schema and runs the
 * migrations, has a generated password kept in the data directory, readable by its owner only
 * ({@link OwnerPasswordFile}). A new directory is initialised with it; a directory from before (every local
 * connection trusted) is converted on its first start.
 */
final class EmbeddedPostgresServer {

    static final String OWNER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final Path dataDirectory;
    private final boolean temporary;
    private final EmbeddedPostgres postgres;
    private final String ownerPassword;
    private int users;

    private EmbeddedPostgresServer(Path dataDirectory, boolean temporary, EmbeddedPostgres postgres,
                                   String ownerPassword) {
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
        this.postgres = postgres;
        this.ownerPassword = ownerPassword;
    }

    /**
     * Starts the server on {@code dataDirectory} (created and initialised when empty, kept otherwise), or a
     * throw-away server in a temporary directory when {@code dataDirectory} is null.
     */
    static synchronized EmbeddedPostgresServer acquire(Path dataDirectory) {
        boolean temporary = dataDirectory == null;
        Path directory = temporary ? createTemporaryDirectory() : dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgresServer server = RUNNING.get(directory);
        if (server == null) {
            server = start(directory, temporary);
            RUNNING.put(directory, server);
        }
        server.users++;
        return server;
    }

    synchronized void release() {
        users--;
        if (users > 0) {
            return;
        }
        synchronized (EmbeddedPostgresServer.class) {
            RUNNING.remove(dataDirectory);
        }
        try {
            postgres.close();
            log.info("内置数据库已停止（数据目录 {}）", dataDirectory);
        } catch (IOException e) {
            log.warn("内置数据库停止时出错：{}", e.getMessage());
        }
        if (temporary) {
            deleteRecursively(dataDirectory);
        }
    }

    int port() {
        return postgres.getPort();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** The password of {@value #OWNER}, the role that owns the schema. */
    String ownerPassword() {
        return ownerPassword;
    }

    private static EmbeddedPostgresServer start(Path directory, boolean temporary) {
        Path initialPassword = null;
        try {
            Files.createDirectories(directory);
            OwnerPasswordFile passwordFile = new OwnerPasswordFile(directory);
            boolean fresh = !Files.exists(directory.resolve("PG_VERSION"));
            // a data directory of an earlier version: its connections were trusted and postgres had no password
            boolean trusting = !fresh && !passwordFile.exists();
            String password = passwordFile.exists() ? passwordFile.read() : OwnerPasswordFile.generate();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("timezone", "UTC")
                    // zonky's own readiness check connects as postgres
                    .setConnectConfig("password", password)
                    .setDataDirectoryCustomizer(data -> {
                        HostBasedAuthentication.write(data.toPath(), trusting);
                        if (fresh) {
                            passwordFile.write(password);
                        }
                    });
            if (fresh) {
                // initdb sets the password and SCRAM from the start: these come after zonky's "-A trust" and win
                initialPassword = OwnerPasswordFile.temporaryCopy(password);
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initialPassword.toString());
            }
            if (!temporary) {
                // zonky turns fsync off for throw-away test databases; data the user keeps must survive a crash
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            if (trusting) {
                requirePasswords(postgres, directory, passwordFile, password);
            }
            return new EmbeddedPostgresServer(directory, temporary, postgres, password);
        } catch (IOException | IllegalStateException | SQLException e) {
            throw new IllegalStateException("无法启动内置数据库（数据目录 " + directory + "）：" + e.getMessage()
                    + "。若另一个后端进程正在使用该目录，请先停止它；也可以通过 NIANBAO_DATABASE_URL 配置外部 PostgreSQL。", e);
        } finally {
            if (initialPassword != null) {
                initialPassword.toFile().delete();
            }
        }
    }

    /**
     * The first start of a directory from before passwords: while postgres alone may still connect from this machine
     * without one, it gets its password; then only SCRAM is accepted. The password file is written after the
     * password is set, so an interrupted upgrade simply happens again on the next start.
     */
    private static void requirePasswords(EmbeddedPostgres postgres, Path directory, OwnerPasswordFile passwordFile,
                                         String password) throws SQLException, IOException {
        try (Connection connection = postgres.getPostgresDatabase(Map.of()).getConnection()) {
            DSL.using(connection, SQLDialect.POSTGRES)
                    .execute("ALTER ROLE {0} WITH PASSWORD {1}", DSL.name(OWNER), DSL.inline(password));
            passwordFile.write(password);
            HostBasedAuthentication.write(directory, false);
            DSL.using(connection, SQLDialect.POSTGRES).execute("SELECT pg_reload_conf()");
        }
        log.info("内置数据库已改为密码认证（SCRAM）；密码保存在数据目录中，仅所有者可读");
    }

    private static Path createTemporaryDirectory() {
        try {
            return Files.createTempDirectory("nianbao-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("临时数据目录 {} 未能删除：{}", directory, e.getMessage());
        }
    }
}
