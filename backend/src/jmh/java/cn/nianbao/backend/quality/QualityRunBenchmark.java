package cn.nianbao.backend.quality;

import static cn.nianbao.backend.db.Tables.QUALITY_FINDING;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cn.nianbao.backend.NianbaoBackend;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.VersionOrigin;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;

/**
 * Every rule over a region, end to end: the backend with its embedded PostgreSQL, a region {@code bench} of five
 * groups, each of eight cities made by the demo generator (27 bodies, 2015–2024, own seeds and words, no planted
 * problems): {@code bench.g1} is a city-sized region of 217 bodies × 10 years, {@code bench} the whole 1,086 bodies.
 * The data is generated and stored once (every report through the store and its quality checks, timed and printed as
 * a rate) into {@code target/bench-quality-data} and reused by later runs.
 *
 * <p>On a machine shared with other builds the wall-clock time says as much about the others as about this code, so
 * each iteration also prints the CPU time it took: the backend's JVM and the embedded PostgreSQL's processes (read
 * from {@code /proc}). A run is one unit of work after another, the JVM waiting while PostgreSQL works: on an idle
 * machine its time is about the sum of the two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class QualityRunBenchmark {

    static final int GROUPS = 5;
    static final int CITIES_PER_GROUP = 8;

    @Param({"bench.g1", "bench"})
    public String region;

    private ConfigurableApplicationContext backend;
    private QualityRuns runs;
    private Path data;
    private long jvmCpuAtStart;
    private long postgresCpuAtStart;

    @Setup(Level.Trial)
    public void start() {
        data = Path.of("target", "bench-quality-data").toAbsolutePath();
        backend = new SpringApplicationBuilder(NianbaoBackend.class).run("--server.port=0",
                "--nianbao.database.url=", "--nianbao.database.embedded.data-dir=" + data,
                "--nianbao.demo.enabled=false", "--nianbao.quality.nightly-run=-", "--logging.level.root=WARN");
        runs = backend.getBean(QualityRuns.class);
        AgencyDirectory agencies = backend.getBean(AgencyDirectory.class);
        if (agencies.byCode("bench").blockOptional().isPresent()) {
            return;
        }
        List<ReportingPeriod> always = List.of(new ReportingPeriod(2015, null));
        agencies.addIfAbsent(new NewAgency("bench", "基准省人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, false,
                always)).block();
        List<DemoCity.GeneratedReport> reports = new ArrayList<>();
        for (int g = 1; g <= GROUPS; g++) {
            String group = "bench.g" + g;
            agencies.addIfAbsent(new NewAgency(group, "基准省第" + g + "片区", AgencyKind.OTHER, "bench", g, false,
                    List.of())).block();
            for (int c = 1; c <= CITIES_PER_GROUP; c++) {
                String prefix = "g" + g + "c" + c;
                DemoCity city = new DemoCity(new DemoCity.Spec(prefix, "基准市" + prefix, 2015, 2024,
                        1000L * g + c, false));
                for (NewAgency agency : city.agencies()) {
                    agencies.addIfAbsent(agency.parentCode() == null ? new NewAgency(agency.code(), agency.name(),
                            agency.kind(), group, c, false, agency.reportingPeriods()) : agency).block();
                }
                reports.addAll(city.reports());
            }
        }
        ReportService store = backend.getBean(ReportService.class);
        long started = System.nanoTime();
        Flux.fromIterable(reports)
                .flatMap(report -> store.storeAsSystem(report.agencyCode(), report.year(),
                        new NewVersion(report.report(), VersionOrigin.DEMO, "基准数据", null, null)), 4)
                .blockLast();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("stored %d reports, each with its quality checks, in %.1f s: %.1f reports/s%n",
                reports.size(), seconds, reports.size() / seconds);
    }

    @Setup(Level.Iteration)
    public void cpuBefore() {
        jvmCpuAtStart = jvmCpuNanos();
        postgresCpuAtStart = postgresCpuTicks();
    }

    @TearDown(Level.Iteration)
    public void cpuAfter() {
        System.out.printf(" [cpu: backend %.2f s, postgresql %.2f s] ", (jvmCpuNanos() - jvmCpuAtStart) / 1e9,
                (postgresCpuTicks() - postgresCpuAtStart) / 100.0);
    }

    @Benchmark
    public QualityRun everyRuleOverTheRegion() {
        QualityRun run = runs.runNow(region, QualityRun.REQUESTED, "benchmark").block();
        if (run == null || !QualityRun.FINISHED.equals(run.status())) {
            throw new IllegalStateException("run did not finish: " + run);
        }
        return run;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** User and system time (clock ticks) of the PostgreSQL server on the data directory and its backends. */
    private long postgresCpuTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            List<long[]> stats = new ArrayList<>();
            long postmaster = -1;
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(process.getFileName().toString());
                    stats.add(new long[] {pid, Long.parseLong(fields[1]),
                            Long.parseLong(fields[11]) + Long.parseLong(fields[12])});
                    if (command.contains(data.toString()) && command.contains("postgres")) {
                        postmaster = pid;
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
            long ticks = 0;
            for (long[] stat : stats) {
                if (stat[0] == postmaster || stat[1] == postmaster) {
                    ticks += stat[2];
                }
            }
            return ticks;
        } catch (IOException e) {
            return 0;
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        QualityRun last = runs.runNow(region, QualityRun.REQUESTED, "benchmark").block();
        System.out.printf("%s: %d body-years, %d reports, %d findings: %s%n", region, last.bodyYears(),
                last.reports(), last.findings(), Flux.from(backend.getBean(DSLContext.class)
                        .select(QUALITY_FINDING.CODE, DSL.count()).from(QUALITY_FINDING)
                        .where(QUALITY_FINDING.RESOLVED_AT.isNull()).groupBy(QUALITY_FINDING.CODE))
                        .map(row -> row.value1() + " " + row.value2()).collectList().block());
        backend.close();
    }
}
