package cn.nianbao.backend.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Short, blocking JDBC sessions as the owner role (the one Flyway migrates with), for the little the application's
 * role may not do: reading the installation's secrets at start. Never used to serve a request.
 */
@Component
public class OwnerDatabase {

    private final String url;
    private final String user;
    private final String password;
    private final boolean applicationIsOwner;

    OwnerDatabase(Environment environment) {
        this.url = environment.getRequiredProperty("spring.flyway.url");
        this.user = environment.getProperty("spring.flyway.user", "");
        this.password = environment.getProperty("spring.flyway.password", "");
        this.applicationIsOwner = user.equals(environment.getProperty(DatabaseEnvironment.APP_ROLE, user));
    }

    /** Runs {@code work} on a new connection as the owner, closed afterwards. */
    public <T> T run(Function<DSLContext, T> work) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return work.apply(DSL.using(connection, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false)));
        } catch (SQLException e) {
            throw new IllegalStateException("无法以数据库所有者角色 " + user + " 连接：" + e.getMessage(), e);
        }
    }

    /** Work on a plain JDBC connection as the owner (bulk loads by COPY), committed when it returns. */
    public <T> T withConnection(JdbcWork<T> work) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            T result = work.apply(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("数据库所有者角色 " + user + " 的操作失败：" + e.getMessage(), e);
        }
    }

    /** Work on a JDBC connection. */
    @FunctionalInterface
    public interface JdbcWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** True when the application works as the owner itself (a single-role external database). */
    public boolean applicationIsOwner() {
        return applicationIsOwner;
    }
}
