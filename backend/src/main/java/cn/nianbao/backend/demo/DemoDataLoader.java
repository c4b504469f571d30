package cn.nianbao.backend.demo;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.platform.database.AppStateRepository;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.VersionOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * On the first start (no agencies yet) loads the demo city 示例市, marked 示例数据, and the four real reports from
 * their original documents, marked as imported by the system (they are real, not demo data). Runs before the
 * application reports itself ready, so the first page a user opens already has data. Loading is idempotent (bodies
 * are added if absent, reports are no-ops when unchanged), so a start interrupted half-way completes on the next.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "nianbao.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    /** Who made the generated versions: they are demo data, and say so. */
    static final String LOADED_BY = "示例数据";
    /** Who imported the real reports: the system, on its first start. */
    static final String IMPORTED_BY = "系统";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    static final String STATE_KEY = "demo_data";

    private final AgencyDirectory agencies;
    private final ReportService reports;
    private final AppStateRepository state;

    DemoDataLoader(AgencyDirectory agencies, ReportService reports, AppStateRepository state) {
        this.agencies = agencies;
        this.reports = reports;
        this.state = state;
    }

    @Override
    public void run(ApplicationArguments args) {
        String current = state.get(STATE_KEY).defaultIfEmpty("").block();
        boolean firstStart = "".equals(current) && Boolean.TRUE.equals(agencies.isEmpty().block());
        if (!firstStart && !"loading".equals(current)) {
            return;
        }
        long started = System.nanoTime();
        DemoCity city = new DemoCity(DemoCity.Spec.DEFAULT);
        Long count = state.put(STATE_KEY, "loading")
                .then(load(city))
                .flatMap(loaded -> state.put(STATE_KEY, "loaded").thenReturn(loaded))
                .block();
        log.info("已载入示例数据：{} 的 {} 个机构、{} 份年报，另有 {} 份真实年报样本（{} ms）", city.spec().name(),
                city.agencies().size(), count, SampleReports.REPORTS.size(), (System.nanoTime() - started) / 1_000_000);
    }

    Mono<Long> load(DemoCity city) {
        Mono<Void> bodies = Flux.fromIterable(city.agencies())
                .concatWith(Flux.fromIterable(SampleReports.AGENCIES))
                .concatMap(agencies::addIfAbsent)
                .then();
        Mono<Long> generated = Flux.fromIterable(city.reports())
                .concatMap(report -> reports.storeAsSystem(report.agencyCode(), report.year(),
                        new NewVersion(report.report(), VersionOrigin.DEMO, LOADED_BY, null, null)), 4)
                .count();
        Mono<Long> samples = Flux.fromIterable(SampleReports.REPORTS)
                .concatMap(sample -> reports.storeAsSystem(sample.agencyCode(), sample.year(),
                        SampleReports.version(sample, IMPORTED_BY)))
                .count();
        return bodies.then(generated).flatMap(count -> samples.thenReturn(count));
    }
}
