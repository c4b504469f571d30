package cn.nianbao.backend.platform.database;

import java.time.Duration;
import java.util.List;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.MultiHostConnectionStrategy.TargetServerType;
import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.ValidationDepth;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where the dashboard's reads go. With streaming-replication standbys configured ({@code nianbao.database.standby-urls},
 * see {@link DatabaseEnvironment}) analytics queries run on a standby and writes stay on the primary. The reads pool
 * lists the standbys and then the primary with the driver's {@code preferSecondary}: when every standby is down, new
 * connections go to the primary, and a pooled connection to a stopped standby is validated away before it is used,
 * so a read never fails because a standby went away. Without standbys the reads use the primary's pool.
 */
@Component
public class StandbyReads implements DisposableBean {

    /** Set by {@link DatabaseEnvironment}: the failover URL of the standbys followed by the primary. */
    static final String READS_URL = "nianbao.database.reads-url";

    private final ConnectionPool pool;
    private final Tx reads;

    StandbyReads(DSLContext primary, Environment environment) {
        String url = environment.getProperty(READS_URL, "");
        if (url.isEmpty()) {
            this.pool = null;
            this.reads = new Tx(primary);
            return;
        }
        ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(url).mutate()
                .option(ConnectionFactoryOptions.USER, environment.getRequiredProperty("spring.r2dbc.username"))
                .option(ConnectionFactoryOptions.PASSWORD, environment.getProperty("spring.r2dbc.password", ""))
                .option(PostgresqlConnectionFactoryProvider.TARGET_SERVER_TYPE, TargetServerType.PREFER_SECONDARY)
                // a standby that is back is used again after this long
                .option(PostgresqlConnectionFactoryProvider.HOST_RECHECK_TIME, Duration.ofSeconds(10))
                .option(ConnectionFactoryOptions.CONNECT_TIMEOUT, Duration.ofSeconds(5))
                // like the primary's (application.yml): no statement cache that grows with every distinct text
                .option(PostgresqlConnectionFactoryProvider.PREPARED_STATEMENT_CACHE_QUERIES, 0)
                .option(PostgresqlConnectionFactoryProvider.EXTENSIONS, List.of(new EnumLabels()))
                .option(PostgresqlConnectionFactoryProvider.STATEMENT_TIMEOUT, StatementTimeout.configured(environment))
                .build();
        this.pool = new ConnectionPool(ConnectionPoolConfiguration.builder(ConnectionFactories.get(options))
                .initialSize(0)
                .maxSize(environment.getProperty("spring.r2dbc.pool.max-size", Integer.class, 20))
                .maxIdleTime(Duration.ofMinutes(5))
                .validationDepth(ValidationDepth.REMOTE)
                .validationQuery("SELECT 1")
                .acquireRetry(2)
                .name("standby-reads")
                .build());
        this.reads = new Tx(DSL.using(pool, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false)));
    }

    /** Statements on a standby when there is one (each committed at once), else on the primary. */
    public Tx tx() {
        return reads;
    }

    /** Whether standbys are configured at all. */
    public boolean configured() {
        return pool != null;
    }

    @Override
    public void destroy() {
        if (pool != null) {
            pool.dispose();
        }
    }
}
