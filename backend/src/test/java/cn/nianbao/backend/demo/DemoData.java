package cn.nianbao.backend.demo;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.platform.database.AppStateRepository;
import cn.nianbao.backend.report.ReportService;
import org.springframework.context.ApplicationContext;

/** Loads the demo data exactly as the first start does (示例市 and the four real reports), for other features' tests. */
public final class DemoData {

    private DemoData() {
    }

    /** Loads it into the (emptied) database; the number of generated reports stored. */
    public static long load(ApplicationContext context) {
        DemoDataLoader loader = new DemoDataLoader(context.getBean(AgencyDirectory.class),
                context.getBean(ReportService.class), context.getBean(AppStateRepository.class));
        return loader.load(new DemoCity(DemoCity.Spec.DEFAULT)).block();
    }
}
