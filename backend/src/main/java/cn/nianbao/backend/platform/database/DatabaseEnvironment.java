package cn.nianbao.backend.platform.database;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides which PostgreSQL the backend uses before anything connects: the server named by {@code nianbao.database.url}
 * (env {@code NIANBAO_DATABASE_URL}), or else the embedded one, whose data directory
 * ({@code nianbao.database.embedded.data-dir}) survives restarts. Two roles: the owner ({@code nianbao.database.username},
 * the embedded server's postgres) runs the migrations through Flyway; the application role
 * ({@link ApplicationRole}) is what R2DBC connects as. With the embedded server the API listens on loopback only,
 * unless {@code server.address} or {@code nianbao.server.address} (env {@code NIANBAO_BACKEND_ADDRESS}) says otherwise.
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "nianbao-database";
    /** The role the application runs as, and the owner's, for {@link ApplicationRolePrivileges}. */
    static final String APP_ROLE = "nianbao.database.app-role";
    static final String OWNER_ROLE = "nianbao.database.owner-role";
    static final String LOOPBACK = "127.0.0.1";

    private final Log log;

    public DatabaseEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("nianbao.database.url", "").trim();
        Map<String, Object> properties = new HashMap<>();
        HostAndDatabase target;
        DatabaseLogin owner;
        if (!url.isEmpty()) {
            target = HostAndDatabase.parse(url);
            owner = new DatabaseLogin(environment.getProperty("nianbao.database.username", "postgres"),
                    password(environment, "nianbao.database.password", "nianbao.database.password-file"));
            properties.put("nianbao.database.mode", "external");
            log.info("使用外部 PostgreSQL：" + target.authority() + "/" + target.database());
        } else {
            String directory = environment.getProperty("nianbao.database.embedded.data-dir", "").trim();
            EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(directory.isEmpty() ? null : Path.of(directory));
            // released as the context's first registered disposable bean, so after the web server and the pool
            application.addInitializers(context -> ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("embeddedPostgresServer", server::release));
            log.info("使用内置 PostgreSQL：端口 " + server.port() + "，数据目录 " + server.dataDirectory());
            target = new HostAndDatabase("localhost", server.port(), "postgres");
            owner = new DatabaseLogin(EmbeddedPostgresServer.OWNER, server.ownerPassword());
            properties.put("nianbao.database.mode", "embedded");
            properties.put("nianbao.database.embedded.active-data-dir", server.dataDirectory().toString());
        }
        DatabaseLogin app = ApplicationRole.resolve(target.jdbcUrl(), owner,
                environment.getProperty("nianbao.database.app-username", "nianbao_app").trim(),
                password(environment, "nianbao.database.app-password", "nianbao.database.app-password-file"), log);
        put(properties, target, owner, app);
        String standbys = environment.getProperty("nianbao.database.standby-urls", "").trim();
        if (!standbys.isEmpty()) {
            if (url.isEmpty()) {
                throw new IllegalStateException("NIANBAO_DATABASE_STANDBY_URLS 需要与 NIANBAO_DATABASE_URL（主库）一起设置："
                        + "内置数据库没有备库");
            }
            properties.put(StandbyReads.READS_URL, readsUrl(target, standbys));
            log.info("分析查询使用备库：" + standbys);
        }
        listenAddress(environment, !url.isEmpty()).ifPresent(address -> properties.put("server.address", address));
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    }

    /**
     * Where the API listens: as configured, else loopback with the embedded database (the dashboard runs on the same
     * machine), else every interface (a deployment whose dashboard runs elsewhere, such as docker-compose).
     */
    static Optional<String> listenAddress(ConfigurableEnvironment environment, boolean externalDatabase) {
        if (environment.containsProperty("server.address")) {
            return Optional.empty();
        }
        String configured = environment.getProperty("nianbao.server.address", "").trim();
        if (!configured.isEmpty()) {
            return Optional.of(configured);
        }
        return externalDatabase ? Optional.empty() : Optional.of(LOOPBACK);
    }

    /** A password, or the content of its file (a Docker secret) when that is set. */
    private static String password(ConfigurableEnvironment environment, String property, String fileProperty) {
        String file = environment.getProperty(fileProperty, "").trim();
        if (file.isEmpty()) {
            return environment.getProperty(property, "");
        }
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new IllegalStateException("无法读取数据库密码文件 " + file + "：" + e.getMessage(), e);
        }
    }

    private static void put(Map<String, Object> properties, HostAndDatabase target, DatabaseLogin owner,
                            DatabaseLogin app) {
        properties.put("spring.r2dbc.url", "r2dbc:postgresql://" + target.authority() + "/" + target.database());
        properties.put("spring.r2dbc.username", app.username());
        properties.put("spring.r2dbc.password", app.password());
        properties.put("spring.flyway.url", target.jdbcUrl());
        properties.put("spring.flyway.user", owner.username());
        properties.put("spring.flyway.password", owner.password());
        properties.put(APP_ROLE, app.username());
        properties.put(OWNER_ROLE, owner.username());
    }

    /**
     * The reads pool's failover URL: the standbys (comma-separated {@code postgresql://host:port} URLs of the primary's
     * streaming-replication standbys, same database) and then the primary, for when no standby answers.
     */
    static String readsUrl(HostAndDatabase primary, String standbyUrls) {
        StringBuilder hosts = new StringBuilder();
        for (String standby : standbyUrls.split(",")) {
            if (standby.isBlank()) {
                continue;
            }
            HostAndDatabase host;
            try {
                host = HostAndDatabase.parse(standby.strip());
            } catch (IllegalStateException e) {
                throw new IllegalStateException("NIANBAO_DATABASE_STANDBY_URLS 无效：" + standby.strip()
                        + "（示例：postgresql://standby1:5432/nianbao,postgresql://standby2:5432/nianbao）", e);
            }
            if (!host.database().equals(primary.database()) && !"postgres".equals(host.database())) {
                throw new IllegalStateException("NIANBAO_DATABASE_STANDBY_URLS 中的 " + standby.strip()
                        + " 指向数据库 " + host.database() + "，但主库是 " + primary.database() + "：备库复制的是整个主库，请写同一个库名或不写");
            }
            hosts.append(host.authority()).append(',');
        }
        return "r2dbc:postgresql:failover://" + hosts + primary.authority() + "/" + primary.database();
    }

    @Override
    public int getOrder() {
        // after the config files have been read, so that application.yml and the environment can name the database
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Host, port and database from {@code postgresql://h:p/db}, {@code jdbc:postgresql://…} or {@code r2dbc:postgresql://…}. */
    record HostAndDatabase(String host, int port, String database) {

        String authority() {
            return host + ":" + port;
        }

        String jdbcUrl() {
            return "jdbc:postgresql://" + authority() + "/" + database;
        }

        static HostAndDatabase parse(String url) {
            String plain = url.replaceFirst("^(jdbc:|r2dbc:)", "");
            URI uri;
            try {
                uri = URI.create(plain);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("NIANBAO_DATABASE_URL 无效：" + url + "（示例：postgresql://localhost:5432/nianbao）");
            }
            if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalStateException("NIANBAO_DATABASE_URL 无效：" + url + "（示例：postgresql://localhost:5432/nianbao）");
            }
            String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
            return new HostAndDatabase(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database);
        }
    }
}
