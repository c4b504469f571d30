package cn.nianbao.backend.quality.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.contract.Finding;
import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.contract.SourceLocation;

/**
 * What a rule found: its code and severity, the message with the figures filled in, the cells it read (contract
 * paths; {@code previous.} for last year's), the figures themselves, where in the source they were read (null when
 * not known), and for a rule across reports the version of the other report ({@code relatedVersionId}) and for a
 * supervisor's threshold rule its id.
 */
public record QualityFinding(String code, Severity severity, String message, List<String> cells,
                             Map<String, Object> figures, List<SourceLocation> source, Long relatedVersionId,
                             Long ruleId) {

    public QualityFinding {
        cells = List.copyOf(cells);
        Map<String, Object> known = new LinkedHashMap<>();
        figures.forEach((name, value) -> {
            if (value != null) {
                known.put(name, value);
            }
        });
        figures = Collections.unmodifiableMap(known);
        source = source == null ? null : List.copyOf(source);
    }

    /** A finding of a built-in rule, its message made from the rule's template. */
    static QualityFinding of(Rule rule, Severity severity, Figures figures, List<String> cells,
                             List<SourceLocation> source) {
        return new QualityFinding(rule.code(), severity, rule.template().render(figures.asMap()), cells,
                figures.asMap(), source, null, null);
    }

    static QualityFinding of(Rule rule, Figures figures, List<String> cells, List<SourceLocation> source) {
        return of(rule, rule.severity(), figures, cells, source);
    }

    QualityFinding relatedTo(Long versionId) {
        return new QualityFinding(code, severity, message, cells, figures, source, versionId, ruleId);
    }

    QualityFinding ofRule(long id) {
        return new QualityFinding(code, severity, message, cells, figures, source, relatedVersionId, id);
    }

    /** The finding as the parse output and the store answer give it. */
    public Finding toFinding() {
        return new Finding(code, severity, message, cells, source);
    }

    /**
     * What identifies the finding across re-runs on the same version: the code, the threshold rule, the cells and
     * the figures. A reviewer's decision stays with it while these stay the same.
     */
    public String fingerprint() {
        StringBuilder key = new StringBuilder(code).append('\u0001').append(ruleId == null ? "" : ruleId);
        key.append('\u0001').append(String.join(",", cells)).append('\u0001');
        figures.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> key.append(e.getKey()).append('=').append(Figures.show(e.getValue())).append(';'));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(key.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
