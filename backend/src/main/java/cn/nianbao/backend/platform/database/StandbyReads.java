package cn.nianbao.backend.platform.database;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * <p>
 * {@link #planned} reaches the same servers through a pool of its own whose connections keep their statements
 * prepared and plan each once ({@code plan_cache_mode = force_generic_plan}): for the few statements whose best plan
 * does not depend on their values — the overview's totals (the region's id written in) and years, the roll-up, the
 * findings page of a region of up to 20,000 bodies — PostgreSQL spent 3–4 ms of a city's 5 ms planning them again on
 * every request (docs/BENCHMARKS.md). Every other statement is planned for its own values: a plan made once was up to
 * 15× slower for a ranking by sub-region or the nation's findings.
 */
@Component
public class StandbyReads implements DisposableBean {

    /** Set by {@link DatabaseEnvironment}: the failover URL of the standbys followed by the primary. */
    static final String READS_URL = "nianbao.database.reads-url";

    /**
     * The statements each connection of {@link #planned} keeps prepared, the least recently used closed beyond. A
     * region's totals are one statement of their own (its id written in) holding about 0.8 MB on the server with its
     * plan, the other planned statements serve every region: at most {@value #PLANNED_CONNECTIONS} × 16 × 0.8 MB,
     * about 50 MB, however many regions are asked for.
     */
    static final int PREPARED_STATEMENTS = 16;

    /** Planned statements run for a millisecond or two: a few connections serve them all. */
    static final int PLANNED_CONNECTIONS = 4;

    private final ConnectionPool standbys;
    private final ConnectionPool plannedPool;
    private final Tx reads;
    private final Tx planned;

    StandbyReads(DSLContext primary, Environment environment, DatabaseLoops loops) {
        String url = environment.getProperty(READS_URL, "");
        boolean withStandbys = withStandbys(environment);
        int maxSize = poolSize(environment);
        if (!withStandbys) {
            this.standbys = null;
            this.reads = new Tx(primary);
        } else {
            this.standbys = pool(options(url, environment, true, loops)
                    // like the primary's (application.yml): no statement cache that grows with every distinct text
                    .option(PostgresqlConnectionFactoryProvider.PREPARED_STATEMENT_CACHE_QUERIES, 0)
                    .build(), "standby-reads", maxSize, true);
            this.reads = using(standbys);
        }
        this.plannedPool = pool(options(withStandbys ? url : environment.getRequiredProperty("spring.r2dbc.url"),
                        environment, withStandbys, loops)
                .option(PostgresqlConnectionFactoryProvider.PREPARED_STATEMENT_CACHE_QUERIES, PREPARED_STATEMENTS)
                .option(PostgresqlConnectionFactoryProvider.OPTIONS, Map.of("plan_cache_mode", "force_generic_plan"))
                .build(), "planned-reads", Math.min(PLANNED_CONNECTIONS, maxSize), withStandbys);
        this.planned = using(plannedPool);
    }

    /** How many connections the primary's pool holds at most, and so each standby's. */
    static int poolSize(Environment environment) {
        return environment.getProperty("spring.r2dbc.pool.max-size", Integer.class, 20);
    }

    /** Whether reads go to standbys ({@value #READS_URL} set). */
    static boolean withStandbys(Environment environment) {
        return !environment.getProperty(READS_URL, "").isEmpty();
    }

    /** The URL's servers as the application's role; {@code standbys}: the standbys it lists first are preferred. */
    private static ConnectionFactoryOptions.Builder options(String url, Environment environment, boolean standbys,
                                                            DatabaseLoops loops) {
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(url).mutate()
                .option(ConnectionFactoryOptions.USER, environment.getRequiredProperty("spring.r2dbc.username"))
                .option(ConnectionFactoryOptions.PASSWORD, environment.getProperty("spring.r2dbc.password", ""))
                .option(ConnectionFactoryOptions.CONNECT_TIMEOUT, Duration.ofSeconds(5))
                .option(PostgresqlConnectionFactoryProvider.EXTENSIONS, List.of(new EnumLabels()))
                .option(PostgresqlConnectionFactoryProvider.STATEMENT_TIMEOUT, StatementTimeout.configured(environment))
                .option(PostgresqlConnectionFactoryProvider.LOOP_RESOURCES, loops.loops());
        if (standbys) {
            options.option(PostgresqlConnectionFactoryProvider.TARGET_SERVER_TYPE, TargetServerType.PREFER_SECONDARY)
                    // a standby that is back is used again after this long
                    .option(PostgresqlConnectionFactoryProvider.HOST_RECHECK_TIME, Duration.ofSeconds(10));
        }
        return options;
    }

    /**
     * {@code standbys}: a connection is asked whether its server still answers before each use, so that one to a
     * stopped standby is dropped and another made; to the primary alone, as the primary's own pool, it is not (a round
     * trip per statement).
     */
    private static ConnectionPool pool(ConnectionFactoryOptions options, String name, int maxSize, boolean standbys) {
        ConnectionPoolConfiguration.Builder pool = ConnectionPoolConfiguration.builder(ConnectionFactories.get(options))
                .initialSize(0)
                .maxSize(maxSize)
                .maxIdleTime(Duration.ofMinutes(5))
                .acquireRetry(2)
                .name(name);
        if (standbys) {
            pool.validationDepth(ValidationDepth.REMOTE).validationQuery("SELECT 1");
        }
        return new ConnectionPool(pool.build());
    }

    private static Tx using(ConnectionPool pool) {
        return new Tx(DSL.using(pool, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false)));
    }

    /** Statements on a standby when there is one (each committed at once), else on the primary. */
    public Tx tx() {
        return reads;
    }

    /**
     * The same servers as {@link #tx}, for a statement whose one plan serves every value it is given: prepared on
     * each connection and planned once.
     */
    public Tx planned() {
        return planned;
    }

    /** Whether standbys are configured at all. */
    public boolean configured() {
        return standbys != null;
    }

    @Override
    public void destroy() {
        if (standbys != null) {
            standbys.dispose();
        }
        plannedPool.dispose();
    }
}
