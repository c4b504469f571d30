package cn.nianbao.backend.analytics;

/**
 * A line's year ({@link SubtreeCounts}): reports (expected or not), reports though expected, on time though expected,
 * without a publication date, and the bodies strictly under the line expected to report (its own body not included).
 */
public record LineCounts(long line, int year, int reported, int reportedExpected, int onTimeExpected,
                         int publicationUnknown, int expectedBelow) {
}
