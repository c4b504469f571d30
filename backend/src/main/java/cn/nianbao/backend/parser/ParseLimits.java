package cn.nianbao.backend.parser;

import java.time.Duration;

/**
 * Bounds on one parse, so that a hostile or broken file costs at most this much: input size, wall-clock time, PDF
 * pages, PDFBox main memory (the rest goes to a temp file), and the uncompressed size of a DOCX.
 */
public record ParseLimits(long maxBytes, Duration timeBudget, int maxPdfPages, long pdfMainMemoryBytes,
                          long maxDocxUncompressedBytes) {

    public static final ParseLimits DEFAULT = new ParseLimits(50L * 1024 * 1024, Duration.ofSeconds(30), 300,
            16L * 1024 * 1024, 100L * 1024 * 1024);
}
