package cn.nianbao.backend.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import cn.nianbao.backend.agency.BulkAgencies;
import cn.nianbao.backend.platform.database.OwnerDatabase;
import cn.nianbao.backend.report.BulkReports;
import cn.nianbao.backend.report.VersionOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --nianbao.national-data.provinces=31}: builds the generated country ({@link NationalDataSet}) into the
 * database by COPY, in one transaction, then stops the backend. Refuses a database that already holds it. Started by
 * {@code scripts/national-data.sh}; never part of the tests or of a normal start.
 */
@Component
@ConditionalOnProperty(name = "nianbao.national-data.provinces")
class NationalDataCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NationalDataCommand.class);

    private final OwnerDatabase owner;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    NationalDataCommand(OwnerDatabase owner, Environment environment, ConfigurableApplicationContext context) {
        this.owner = owner;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int provinces = environment.getRequiredProperty("nianbao.national-data.provinces", Integer.class);
        if (provinces < 1 || provinces > NationalDataSet.PROVINCES) {
            throw new IllegalArgumentException("nianbao.national-data.provinces 应在 1–31 之间：" + provinces);
        }
        int firstYear = environment.getProperty("nianbao.national-data.first-year", Integer.class, 2015);
        int lastYear = environment.getProperty("nianbao.national-data.last-year", Integer.class, 2024);
        Path staging = Files.createTempDirectory("nianbao-national");
        try {
            owner.withConnection(connection -> {
                try (Statement statement = connection.createStatement();
                     var existing = statement.executeQuery("SELECT count(*) FROM agency WHERE code = '"
                             + NationalDataSet.ROOT + "'")) {
                    existing.next();
                    if (existing.getLong(1) > 0) {
                        throw new IllegalStateException("数据库中已有全国示例数据（机构 " + NationalDataSet.ROOT + "）");
                    }
                }
                long started = System.nanoTime();
                NationalDataSet country = new NationalDataSet(firstYear, lastYear, 20260101L);
                Map<String, Long> ids = new HashMap<>();
                try (BulkAgencies agencies = BulkAgencies.open(connection, staging);
                     BulkReports reports = BulkReports.open(connection, staging)) {
                    country.bodies(provinces, body -> {
                        long id = agencies.add(body.agency(), ids.get(body.agency().parentCode()));
                        ids.put(body.agency().code(), id);
                        body.generator().generateBody(body.agency(), generated -> reports.add(id, generated.year(),
                                generated.report(), VersionOrigin.DEMO, DemoDataLoader.LOADED_BY));
                    });
                    long generated = System.nanoTime();
                    log.info("全国示例数据：已生成 {} 个机构、{} 份年报、{} 行表格数据，用时 {} 秒", agencies.bodies(),
                            reports.reports(), reports.tableRows(), seconds(started, generated));
                    agencies.load(connection);
                    long agenciesLoaded = System.nanoTime();
                    reports.load(connection);
                    long reportsLoaded = System.nanoTime();
                    log.info("全国示例数据：机构（含层级）COPY {} 秒，年报 COPY {} 秒", seconds(generated, agenciesLoaded),
                            seconds(agenciesLoaded, reportsLoaded));
                }
                return null;
            });
            long analyzed = System.nanoTime();
            owner.withConnection(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE");
                }
                return null;
            });
            log.info("全国示例数据：ANALYZE {} 秒", seconds(analyzed, System.nanoTime()));
        } catch (IllegalStateException e) {
            log.error(e.getMessage());
            throw e;
        } finally {
            deleteQuietly(staging);
        }
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private static String seconds(long from, long to) {
        return String.format("%.1f", (to - from) / 1e9);
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
