package cn.nianbao.backend.export;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.nianbao.backend.NianbaoBackend;
import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.VersionOrigin;
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
 * A meeting pack end to end, as {@code GET /api/exports/pack} makes it (without the HTTP hop and the audit record):
 * the backend with its embedded PostgreSQL, a city {@code pack} of 30 bodies (itself and 29 below it) × 6 years
 * (2019–2024) made by the demo generator, 8 charts read through the chart service and drawn, the roll-up's three
 * tables and the open findings, written as PPTX (charts as 2× PNG) or PDF (vector, font embedded). The data is stored
 * once into {@code target/bench-pack-data} and reused by later runs. Each iteration also prints the backend's CPU
 * time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
public class PackBenchmark {

    static final String CHARTS = "overview,outcomes,applicants,reviews,ranking,heatmap,small-multiples,"
            + "ranking:rate.disclosure";
    static final int BODIES = 30;
    private static final Caller ADMIN = new Caller(0, "bench-admin", Role.ADMIN, null, null);

    @Param({"pptx", "pdf"})
    public String format;

    private ConfigurableApplicationContext backend;
    private MeetingPacks packs;
    private long cpuAtStart;

    @Setup(Level.Trial)
    public void start() {
        Path data = Path.of("target", "bench-pack-data").toAbsolutePath();
        backend = new SpringApplicationBuilder(NianbaoBackend.class).run("--server.port=0",
                "--nianbao.database.url=", "--nianbao.database.embedded.data-dir=" + data,
                "--nianbao.demo.enabled=false", "--nianbao.quality.nightly-run=-", "--logging.level.root=WARN");
        packs = backend.getBean(MeetingPacks.class);
        AgencyDirectory agencies = backend.getBean(AgencyDirectory.class);
        if (agencies.byCode("pack").blockOptional().isEmpty()) {
            store(agencies);
        }
        int bodies = agencies.subtree("pack").block().size();
        if (bodies != BODIES) {
            throw new IllegalStateException("the city has " + bodies + " bodies, not " + BODIES);
        }
    }

    /** One generated city, and bodies of a second one moved under it until there are thirty. */
    private void store(AgencyDirectory agencies) {
        DemoCity city = new DemoCity(new DemoCity.Spec("pack", "基准市", 2019, 2024, 4242L, true));
        DemoCity more = new DemoCity(new DemoCity.Spec("more", "另一市", 2019, 2024, 4343L, false));
        List<NewAgency> added = new ArrayList<>(city.agencies());
        List<String> codes = new ArrayList<>(added.stream().map(NewAgency::code).toList());
        for (NewAgency agency : more.agencies()) {
            if (added.size() >= BODIES) {
                break;
            }
            if (agency.parentCode() != null) {
                added.add(new NewAgency(agency.code(), agency.name(), agency.kind(), "pack", 100 + added.size(),
                        false, agency.reportingPeriods()));
                codes.add(agency.code());
            }
        }
        added.forEach(agency -> agencies.addIfAbsent(agency).block());
        List<DemoCity.GeneratedReport> reports = new ArrayList<>(city.reports());
        more.reports().stream().filter(report -> codes.contains(report.agencyCode())).forEach(reports::add);
        ReportService store = backend.getBean(ReportService.class);
        Flux.fromIterable(reports)
                .flatMap(report -> store.storeAsSystem(report.agencyCode(), report.year(),
                        new NewVersion(report.report(), VersionOrigin.DEMO, "基准数据", null, null)), 4)
                .blockLast();
    }

    @Setup(Level.Iteration)
    public void cpuBefore() {
        cpuAtStart = jvmCpuNanos();
    }

    /**
     * The backend's CPU time of the iteration: on a machine shared with other builds the wall-clock time says as much
     * about them as about this code.
     */
    @TearDown(Level.Iteration)
    public void cpuAfter() {
        System.out.printf(" [cpu: backend %.2f s] ", (jvmCpuNanos() - cpuAtStart) / 1e9);
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Benchmark
    public ExportFile pack() {
        ExportFile file = packs.pack(ADMIN, PackRequest.of(ExportParameters.of("pack", null, "2019", "2024", null,
                format, ExportFormat.pack()), CHARTS, "rollup,findings")).block();
        if (file == null || file.bytes().length == 0) {
            throw new IllegalStateException("no pack");
        }
        return file;
    }

    @TearDown(Level.Trial)
    public void stop() {
        backend.close();
    }
}
