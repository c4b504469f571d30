package cn.nianbao.backend.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL used when no external database is configured. One server per data directory per JVM,
 * shared by every application context that asks for it (tests start several) and stopped when the last one closes.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final Path dataDirectory;
    private final boolean temporary;
    private final EmbeddedPostgres postgres;
    private int users;

    private EmbeddedPostgresServer(Path dataDirectory, boolean temporary, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
        this.postgres = postgres;
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
            server = new EmbeddedPostgresServer(directory, temporary, start(directory, temporary));
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

    private static EmbeddedPostgres start(Path directory, boolean temporary) {
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("timezone", "UTC");
            if (!temporary) {
                // zonky turns fsync off for throw-away test databases; data the user keeps must survive a crash
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            return builder.start();
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("无法启动内置数据库（数据目录 " + directory + "）：" + e.getMessage()
                    + "。若另一个后端进程正在使用该目录，请先停止它；也可以通过 NIANBAO_DATABASE_URL 配置外部 PostgreSQL。", e);
        }
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
