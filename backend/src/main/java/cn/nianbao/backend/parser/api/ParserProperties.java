package cn.nianbao.backend.parser.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code nianbao.parser.*}: how many documents are parsed at once ({@code threads}), how many may wait
 * ({@code queue-length}; beyond that an upload is answered 503 with Retry-After), the time budget of one parse, and
 * how scanned PDFs are read by OCR.
 */
@ConfigurationProperties("nianbao.parser")
public record ParserProperties(@DefaultValue("2") int threads, @DefaultValue("16") int queueLength,
                               @DefaultValue("120s") Duration timeBudget, @DefaultValue Ocr ocr) {

    /**
     * @param tesseract the Tesseract command; empty turns OCR off (scanned PDFs are then refused with a message)
     */
    public record Ocr(@DefaultValue("tesseract") String tesseract, @DefaultValue("300") int dpi,
                      @DefaultValue("30") int maxPages, @DefaultValue("60s") Duration pageTimeout,
                      @DefaultValue("1GB") DataSize processMemory) {
    }
}
