package cn.nianbao.backend.parser;

import java.time.Duration;

/**
 * Bounds on one parse, so that a hostile or broken file costs at most this much: input size, wall-clock time, PDF
 * pages, PDFBox main memory (the rest goes to a temp file), the uncompressed size of a DOCX, the characters of text
 * a document may bring (after decoding or extraction) and how deeply its markup may nest. Nothing is caught after the
 * fact: a document beyond a bound is refused before it can exhaust memory or the stack.
 */
public record ParseLimits(long maxBytes, Duration timeBudget, int maxPdfPages, long pdfMainMemoryBytes,
                          long maxDocxUncompressedBytes, int maxTextChars, int maxNesting) {

    public static final ParseLimits DEFAULT = new ParseLimits(50L * 1024 * 1024, Duration.ofSeconds(120), 300,
            16L * 1024 * 1024, 100L * 1024 * 1024, 10_000_000, 256);

    /** The same bounds with another time budget. */
    public ParseLimits withTimeBudget(Duration budget) {
        return new ParseLimits(maxBytes, budget, maxPdfPages, pdfMainMemoryBytes, maxDocxUncompressedBytes,
                maxTextChars, maxNesting);
    }

    /** Refuses text longer than {@link #maxTextChars()}: every later stage works in proportion to it. */
    public void checkText(int chars) {
        if (chars > maxTextChars) {
            throw new UnreadableDocumentException("文字内容过长（" + chars / 10_000 + " 万字，上限 "
                    + maxTextChars / 10_000 + " 万字）");
        }
    }
}
