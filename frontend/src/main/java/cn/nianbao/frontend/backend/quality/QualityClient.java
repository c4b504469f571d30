package cn.nianbao.frontend.backend.quality;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.frontend.backend.BackendHttp;
import cn.nianbao.frontend.backend.Page;
import cn.nianbao.frontend.backend.agencies.AgencyKind;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * The quality checks of the backend ({@code /api/findings}, {@code /api/quality/*}): the findings and their review,
 * the completeness matrix, the runs and the supervisors' threshold rules. The backend decides every state and rate and
 * checks who may review or change a rule; this client only asks.
 */
@Component
public class QualityClient {

    /** The most findings the backend answers in one page. */
    public static final int MAX_PAGE = 500;

    private final BackendHttp http;

    public QualityClient(BackendHttp http) {
        this.http = http;
    }

    /** The findings {@code offset} … {@code offset + limit} of the filter, and how many it matches in all. */
    public Page<Finding> findings(FindingFilter filter, int offset, int limit) {
        return http.getPage(uri -> uri.path("/api/findings").queryParam("region", filter.region())
                .queryParamIfPresent("agency", Optional.ofNullable(filter.agency()))
                .queryParamIfPresent("from", Optional.ofNullable(filter.from()))
                .queryParamIfPresent("to", Optional.ofNullable(filter.to()))
                .queryParamIfPresent("code", Optional.ofNullable(filter.code()))
                .queryParamIfPresent("severity", Optional.ofNullable(filter.severity()))
                .queryParamIfPresent("status", Optional.ofNullable(filter.status()))
                .queryParam("offset", offset)
                .queryParam("limit", Math.max(1, Math.min(MAX_PAGE, limit))).build(), new TypeReference<>() { });
    }

    /** Confirms or dismisses a finding; a comment is required to dismiss. The reviewed finding. */
    public Finding review(long id, String decision, String comment) {
        return http.send(HttpMethod.POST, "/api/findings/" + id + "/review",
                Map.of("decision", decision, "comment", comment == null ? "" : comment), new TypeReference<>() { });
    }

    /** Body by body (the matrix's grid shows bodies), as before the backend answered large regions by sub-region. */
    public Completeness completeness(String region, Integer from, Integer to, AgencyKind kind) {
        return http.get(uri -> uri.path("/api/quality/completeness").queryParam("region", region)
                .queryParam("by", "bodies")
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .queryParamIfPresent("kind", Optional.ofNullable(kind).map(Enum::name)).build(),
                new TypeReference<>() { });
    }

    /** The built-in rules with their Chinese names. */
    public List<QualityRule> catalogue() {
        return http.get(uri -> uri.path("/api/quality/catalogue").build(), new TypeReference<>() { });
    }

    /** Starts a run of every rule over the region (or answers the one already running there). */
    public QualityRun startRun(String region) {
        return http.send(HttpMethod.POST, "/api/quality/runs", Map.of("region", region), new TypeReference<>() { });
    }

    public QualityRun run(long id) {
        return http.get(uri -> uri.path("/api/quality/runs/{id}").build(id), new TypeReference<>() { });
    }

    public List<QualityRun> runs(String region, int limit) {
        return http.get(uri -> uri.path("/api/quality/runs").queryParam("region", region)
                .queryParam("limit", limit).build(), new TypeReference<>() { });
    }

    /** The threshold rules of the region and the regions under it. */
    public List<ThresholdRule> rules(String region) {
        return http.get(uri -> uri.path("/api/quality/rules").queryParam("region", region).build(),
                new TypeReference<>() { });
    }

    public ThresholdRule createRule(ThresholdRule rule) {
        return http.send(HttpMethod.POST, "/api/quality/rules", rule, new TypeReference<>() { });
    }

    public ThresholdRule updateRule(long id, ThresholdRule rule) {
        return http.send(HttpMethod.PUT, "/api/quality/rules/" + id, rule, new TypeReference<>() { });
    }

    public void deleteRule(long id) {
        http.delete("/api/quality/rules/" + id);
    }
}
