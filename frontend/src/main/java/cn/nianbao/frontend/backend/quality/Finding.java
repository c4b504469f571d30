package cn.nianbao.frontend.backend.quality;

import java.time.OffsetDateTime;
import java.util.List;

import cn.nianbao.frontend.backend.SourcePlace;

/**
 * One finding of the quality rules ({@code GET /api/findings}): the rule's code, its severity ({@code error},
 * {@code warning}, {@code info}), the body, year and version it was found in ({@code versionNo} null for a missing
 * report), the cells it read by contract path, the Chinese message, and the review: {@code status} {@code open},
 * {@code confirmed} or {@code dismissed}, by whom, when, with what comment; {@code source}, where in the
 * original document the cells were read (empty for a report entered as data).
 */
public record Finding(long id, String code, String severity, String agencyCode, String agencyName, int year,
                      Integer versionNo, List<String> cells, String message, String status, String reviewedBy,
                      OffsetDateTime reviewedAt, String comment, Long ruleId, OffsetDateTime foundAt,
                      List<SourcePlace> source) {

    public static final String OPEN = "open";
    public static final String CONFIRMED = "confirmed";
    public static final String DISMISSED = "dismissed";

    public Finding {
        cells = cells == null ? List.of() : List.copyOf(cells);
        source = source == null ? List.of() : List.copyOf(source);
    }

    /** Whether it was found in a stored report (a missing report has none to open). */
    public boolean hasReport() {
        return versionNo != null;
    }
}
