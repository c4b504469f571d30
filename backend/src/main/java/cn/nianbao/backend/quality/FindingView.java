package cn.nianbao.backend.quality;

import java.time.OffsetDateTime;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A kept finding as the API shows it: the rule's code and severity, the body and year, the version it belongs to
 * (null for a body-year without a report), the cells by contract path, the message, the review, where in the
 * source it was read (null when not known), the figures behind the message and, for a threshold rule, its id.
 */
public record FindingView(long id, String code, String severity, String agencyCode, String agencyName, int year,
                          Integer versionNo, List<String> cells, String message, FindingStatus status,
                          String reviewedBy, OffsetDateTime reviewedAt, String comment, JsonNode source,
                          JsonNode figures, Long ruleId, OffsetDateTime foundAt, long agencyId) {
}
