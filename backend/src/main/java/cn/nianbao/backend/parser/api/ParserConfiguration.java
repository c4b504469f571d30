package cn.nianbao.backend.parser.api;

import cn.nianbao.backend.parser.ParseLimits;
import cn.nianbao.backend.parser.ReportParser;
import cn.nianbao.backend.parser.ocr.OcrSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parser as the service's one bean: a bounded pool of {@code nianbao.parser.threads} workers and
 * {@code nianbao.parser.queue-length} waiting documents, shared by every caller. The parser library itself knows
 * nothing of Spring; this is where it is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ParserProperties.class)
class ParserConfiguration {

    private static final int MAX_THREADS = 64;
    private static final int MAX_QUEUE = 10_000;

    @Bean(destroyMethod = "close")
    ReportParser reportParser(ParserProperties properties) {
        if (properties.threads() < 1 || properties.threads() > MAX_THREADS) {
            throw new IllegalArgumentException("nianbao.parser.threads 应在 1 到 " + MAX_THREADS + " 之间，当前为 "
                    + properties.threads());
        }
        if (properties.queueLength() < 0 || properties.queueLength() > MAX_QUEUE) {
            throw new IllegalArgumentException("nianbao.parser.queue-length 应在 0 到 " + MAX_QUEUE + " 之间，当前为 "
                    + properties.queueLength());
        }
        ParserProperties.Ocr ocr = properties.ocr();
        OcrSettings settings = new OcrSettings(ocr.tesseract(), ocr.dpi(), ocr.maxPages(),
                OcrSettings.DEFAULT.maxPixelsPerPage(), ocr.pageTimeout(), ocr.processMemory().toBytes());
        return new ReportParser(ParseLimits.DEFAULT.withTimeBudget(properties.timeBudget()), settings,
                properties.threads(), properties.queueLength());
    }
}
