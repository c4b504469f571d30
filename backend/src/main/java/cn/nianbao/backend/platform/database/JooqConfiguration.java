package cn.nianbao.backend.platform.database;

import java.time.Duration;
import java.util.List;

import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.spi.ConnectionFactory;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** jOOQ over the R2DBC pool; services begin their work through {@link Database}. */
@Configuration(proxyBeanMethods = false)
class JooqConfiguration {

    @Bean
    DSLContext dsl(ConnectionFactory connectionFactory) {
        return DSL.using(connectionFactory, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false));
    }

    /**
     * The primary's connections read enum columns through {@link EnumLabels}, stop at {@link StatementTimeout} and
     * run on {@link DatabaseLoops}.
     */
    @Bean
    ConnectionFactoryOptionsBuilderCustomizer connectionOptions(Environment environment, DatabaseLoops loops) {
        Duration timeout = StatementTimeout.configured(environment);
        return options -> options.option(PostgresqlConnectionFactoryProvider.EXTENSIONS, List.of(new EnumLabels()))
                .option(PostgresqlConnectionFactoryProvider.STATEMENT_TIMEOUT, timeout)
                .option(PostgresqlConnectionFactoryProvider.LOOP_RESOURCES, loops.loops());
    }
}
