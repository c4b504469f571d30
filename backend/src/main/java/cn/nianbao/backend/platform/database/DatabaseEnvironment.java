package cn.nianbao.backend.platform.database;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
 * ({@code nianbao.database.embedded.data-dir}) survives restarts. Sets the R2DBC URL for the application and the
 * JDBC URL for Flyway from that single choice.
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "nianbao-database";

    private final Log log;

    public DatabaseEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("nianbao.database.url", "").trim();
        Map<String, Object> properties = new HashMap<>();
        if (!url.isEmpty()) {
            HostAndDatabase target = HostAndDatabase.parse(url);
            String username = environment.getProperty("nianbao.database.username", "postgres");
            String password = password(environment);
            put(properties, target, username, password);
            properties.put("nianbao.database.mode", "external");
            log.info("使用外部 PostgreSQL：" + target.authority() + "/" + target.database());
        } else {
            String directory = environment.getProperty("nianbao.database.embedded.data-dir", "").trim();
            EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(directory.isEmpty() ? null : Path.of(directory));
            // released as the context's first registered disposable bean, so after the web server and the pool
            application.addInitializers(context -> ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("embeddedPostgresServer", server::release));
            log.info("使用内置 PostgreSQL：端口 " + server.port() + "，数据目录 " + server.dataDirectory());
            put(properties, new HostAndDatabase("localhost", server.port(), "postgres"), "postgres", "");
            properties.put("nianbao.database.mode", "embedded");
            properties.put("nianbao.database.embedded.active-data-dir", server.dataDirectory().toString());
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    }

    /** The password, or the content of {@code nianbao.database.password-file} (a Docker secret) when that is set. */
    private static String password(ConfigurableEnvironment environment) {
        String file = environment.getProperty("nianbao.database.password-file", "").trim();
        if (file.isEmpty()) {
            return environment.getProperty("nianbao.database.password", "");
        }
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new IllegalStateException("无法读取数据库密码文件 " + file + "：" + e.getMessage(), e);
        }
    }

    private static void put(Map<String, Object> properties, HostAndDatabase target, String username, String password) {
        properties.put("spring.r2dbc.url", "r2dbc:postgresql://" + target.authority() + "/" + target.database());
        properties.put("spring.r2dbc.username", username);
        properties.put("spring.r2dbc.password", password);
        properties.put("spring.flyway.url", "jdbc:postgresql://" + target.authority() + "/" + target.database());
        properties.put("spring.flyway.user", username);
        properties.put("spring.flyway.password", password);
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
