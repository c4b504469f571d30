package cn.nianbao.backend.quality;

import cn.nianbao.backend.agency.AgencyDirectory;
import cn.nianbao.backend.platform.database.AppStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * On start: runs a stopped backend left running are marked failed, and when the built-in rules are not those the
 * findings were made with ({@link #RULES_VERSION}, raised with every change to a built-in rule or to the narratives'
 * signatures), the signatures are made anew and every rule is run over every body in the background. Comes after the
 * demo data (order 1), so that a first start checks it once.
 */
@Component
@Order(2)
class QualityStartup implements ApplicationRunner {

    /** Raised whenever a built-in rule changes what it finds, so that existing reports are checked again. */
    static final String RULES_VERSION = "1";
    static final String STATE_KEY = "quality_rules";
    static final String SYSTEM = "系统";

    private static final Logger log = LoggerFactory.getLogger(QualityStartup.class);

    private final QualityRuns runs;
    private final AppStateRepository state;
    private final AgencyDirectory directory;

    QualityStartup(QualityRuns runs, AppStateRepository state, AgencyDirectory directory) {
        this.runs = runs;
        this.state = state;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer interrupted = runs.failInterrupted().block();
        if (interrupted != null && interrupted > 0) {
            log.warn("{} 次质量检查因后台服务停止而中断，已标记为失败", interrupted);
        }
        String checkedWith = state.get(STATE_KEY).defaultIfEmpty("").block();
        if (RULES_VERSION.equals(checkedWith)) {
            return;
        }
        if (Boolean.TRUE.equals(directory.isEmpty().block())) {
            state.put(STATE_KEY, RULES_VERSION).block(); // nothing stored yet: nothing to check again
            return;
        }
        state.put(STATE_KEY, RULES_VERSION)
                .then(runs.forgetSignatures())
                .then(Mono.defer(() -> runs.runNow(null, QualityRun.RULES_UPDATED, SYSTEM)))
                .subscribe(run -> log.info("质量规则已更新（第 {} 版），已重新检查全部年报：质量检查 #{}", RULES_VERSION,
                        run.id()), error -> log.error("质量规则更新后的重新检查失败", error));
    }
}
