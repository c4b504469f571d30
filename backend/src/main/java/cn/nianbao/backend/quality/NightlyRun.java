package cn.nianbao.backend.quality;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every rule over every body once a night ({@code nianbao.quality.nightly-run}, a cron expression in China's time;
 * "-" turns it off): deadlines pass while nothing is stored, so missing and late reports are found without anyone
 * asking, and the history gets a point a day.
 */
@Configuration
@EnableScheduling
class NightlyRun {

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

    private final QualityRuns runs;

    NightlyRun(QualityRuns runs) {
        this.runs = runs;
    }

    @Scheduled(cron = "${nianbao.quality.nightly-run:0 30 2 * * *}", zone = "Asia/Shanghai")
    void everyBody() {
        runs.runNow(null, QualityRun.REQUESTED, QualityStartup.SYSTEM)
                .subscribe(run -> log.info("每日质量检查 #{} 已完成", run.id()), error -> log.error("每日质量检查失败", error));
    }
}
