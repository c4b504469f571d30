package cn.nianbao.backend.platform.database;

import io.r2dbc.spi.ConnectionFactory;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** jOOQ over the R2DBC pool; services begin their work through {@link Database}. */
@Configuration(proxyBeanMethods = false)
class JooqConfiguration {

    /**
     * @param logSql {@code nianbao.database.log-sql}: every statement with its values inlined, at DEBUG on
     *               {@code org.jooq.tools.LoggerListener} — to run the very same SQL in psql (docs/BENCHMARKS.md)
     */
    @Bean
    DSLContext dsl(ConnectionFactory connectionFactory,
                   @Value("${nianbao.database.log-sql:false}") boolean logSql) {
        return DSL.using(connectionFactory, SQLDialect.POSTGRES, new Settings().withExecuteLogging(logSql));
    }
}
