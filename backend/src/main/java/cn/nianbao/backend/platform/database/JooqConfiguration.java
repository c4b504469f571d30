package cn.nianbao.backend.platform.database;

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

/** jOOQ over the R2DBC pool; services begin their work through {@link Database}. */
@Configuration(proxyBeanMethods = false)
class JooqConfiguration {

    @Bean
    DSLContext dsl(ConnectionFactory connectionFactory) {
        return DSL.using(connectionFactory, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false));
    }

    /** The primary's connections read enum columns through {@link EnumLabels}. */
    @Bean
    ConnectionFactoryOptionsBuilderCustomizer enumLabels() {
        return options -> options.option(PostgresqlConnectionFactoryProvider.EXTENSIONS, List.of(new EnumLabels()));
    }
}
