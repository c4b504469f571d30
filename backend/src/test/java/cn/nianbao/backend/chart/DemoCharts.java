package cn.nianbao.backend.chart;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.demo.DemoCity;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.report.NewVersion;
import cn.nianbao.backend.report.ReportService;
import cn.nianbao.backend.report.VersionOrigin;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import reactor.core.publisher.Flux;

/** The demo city 示例市 (25 bodies under it, 2019–2024, the planted problems of the README) in the test database. */
public final class DemoCharts {

    private DemoCharts() {
    }

    public static void load(ApplicationContext context) {
        TestDatabase.truncate(context.getBean(DSLContext.class));
        DemoCity city = new DemoCity(DemoCity.Spec.DEFAULT);
        AgencyDirectory agencies = context.getBean(AgencyDirectory.class);
        city.agencies().forEach(agency -> agencies.addIfAbsent(agency).block());
        ReportService reports = context.getBean(ReportService.class);
        Flux.fromIterable(city.reports())
                .concatMap(report -> reports.storeAsSystem(report.agencyCode(), report.year(),
                        new NewVersion(report.report(), VersionOrigin.DEMO, "示例数据", null, null)))
                .blockLast();
        TestUsers.create(context, "admin", Role.ADMIN, null);
        TestUsers.create(context, "supervisor", Role.SUPERVISOR, "demo");
        TestUsers.create(context, "clerk", Role.CLERK, "demo.t01");
    }
}
