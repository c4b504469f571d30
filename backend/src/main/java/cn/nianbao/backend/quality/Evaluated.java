package cn.nianbao.backend.quality;

import java.util.List;

import cn.nianbao.backend.quality.rules.QualityFinding;
import cn.nianbao.backend.quality.rules.Rule;
import cn.nianbao.backend.quality.rules.RuleCatalogue;

/**
 * What the rules found for one body-year ({@code versionId} null when it has no report), and which of the findings
 * kept for it they replace: all of them when the version is new, all but the parser's when the rules are run again
 * (the parser's findings were made when the document was read and cannot be made again), or one threshold rule's.
 */
record Evaluated(BodyYear bodyYear, Long versionId, Replaces replaces, Long ruleId, List<QualityFinding> findings) {

    Evaluated {
        findings = List.copyOf(findings);
    }

    Evaluated(BodyYear bodyYear, Long versionId, Replaces replaces, List<QualityFinding> findings) {
        this(bodyYear, versionId, replaces, null, findings);
    }

    /** Which kept findings a new evaluation replaces. */
    enum Replaces {
        /** Everything: the version was stored just now, with the parser's findings of its document. */
        ALL,
        /** Everything the rules make; the parser's findings stay. */
        RULES,
        /** One supervisor's threshold rule ({@code ruleId}). */
        ONE_THRESHOLD_RULE
    }

    /** Whether a kept finding with this code and threshold rule is one this evaluation replaces. */
    boolean replaces(String code, Long keptRuleId) {
        return switch (replaces) {
            case ALL -> true;
            case RULES -> RuleCatalogue.find(code).map(rule -> rule.origin() != Rule.Origin.PARSER).orElse(true);
            case ONE_THRESHOLD_RULE -> ruleId != null && ruleId.equals(keptRuleId);
        };
    }
}
