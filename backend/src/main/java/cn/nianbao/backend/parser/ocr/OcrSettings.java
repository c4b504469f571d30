package cn.nianbao.backend.parser.ocr;

import java.time.Duration;

/**
 * How scanned PDFs (pages without a text layer) are read: the Tesseract command, the resolution pages are rendered
 * at, and the bounds of one document's OCR — pages, pixels per page, seconds per page and the memory of one
 * Tesseract process.
 *
 * @param tesseract the command (a name on the PATH or a path); {@code null} turns OCR off
 */
public record OcrSettings(String tesseract, int dpi, int maxPages, long maxPixelsPerPage, Duration pageTimeout,
                          long processMemoryBytes) {

    public static final OcrSettings DEFAULT = new OcrSettings("tesseract", 300, 30, 40_000_000L,
            Duration.ofSeconds(60), 1024L * 1024 * 1024);

    public static final OcrSettings OFF = new OcrSettings(null, 300, 0, 0, Duration.ZERO, 0);

    public boolean enabled() {
        return tesseract != null && !tesseract.isBlank() && maxPages > 0;
    }
}
