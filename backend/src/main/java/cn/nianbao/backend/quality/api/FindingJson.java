package cn.nianbao.backend.quality.api;

import java.time.OffsetDateTime;
import java.util.List;

import cn.nianbao.backend.quality.FindingView;
import tools.jackson.databind.JsonNode;

/**
 * A finding as the API gives it. {@code source}: where in the report the cells or passages were read (null when not
 * known); {@code figures}: the named figures in the message; {@code rule_id}: the supervisor's rule, for THRESHOLD.
 */
record FindingJson(long id, String code, String severity, String agencyCode, String agencyName, int year,
                   Integer versionNo, List<String> cells, String message, String status, String reviewedBy,
                   OffsetDateTime reviewedAt, String comment, JsonNode source, JsonNode figures, Long ruleId,
                   OffsetDateTime foundAt) {

    static FindingJson of(FindingView view) {
        return new FindingJson(view.id(), view.code(), view.severity(), view.agencyCode(), view.agencyName(),
                view.year(), view.versionNo(), view.cells(), view.message(), view.status().code(), view.reviewedBy(),
                view.reviewedAt(), view.comment(), view.source(), view.figures(), view.ruleId(), view.foundAt());
    }
}
