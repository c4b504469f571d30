package cn.nianbao.frontend.backend.reports;

import java.util.List;
import java.util.Optional;

import cn.nianbao.frontend.backend.BackendHttp;
import cn.nianbao.frontend.backend.Download;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Stored reports and their versions ({@code /api/reports}). */
@Component
public class ReportClient {

    private final BackendHttp http;

    public ReportClient(BackendHttp http) {
        this.http = http;
    }

    /** Summaries of the active report versions under a region (the region itself included), optionally of one year. */
    public List<ReportSummary> summaries(String region, Integer year) {
        return http.get(uri -> uri.path("/api/reports").queryParam("region", region)
                .queryParamIfPresent("year", Optional.ofNullable(year)).build(), new TypeReference<>() { });
    }

    /**
     * One report with its versions; a report that does not exist, or of a body outside the user's scope, is an
     * {@code ERROR_ANSWER} with status 404.
     */
    public ReportDetail report(String agencyCode, int year) {
        return http.get(uri -> uri.path("/api/reports/{agency}/{year}").build(agencyCode, year),
                new TypeReference<>() { });
    }

    /** The original document a version was made from, as uploaded (the backend records the download). */
    public Download source(String agencyCode, int year, int versionNo) {
        return http.download(uri -> uri.path("/api/reports/{agency}/{year}/versions/{n}/source")
                .build(agencyCode, year, versionNo));
    }

    /** One stored version, active or not, in the shape of {@link #report}. */
    public ReportDetail version(String agencyCode, int year, int versionNo) {
        return http.get(uri -> uri.path("/api/reports/{agency}/{year}/versions/{n}").build(agencyCode, year, versionNo),
                new TypeReference<>() { });
    }

    /**
     * Stores {@code report} as a manual version ({@code origin MANUAL}, the user its author, {@code reason} why); the
     * answer names the version now active and the quality findings on it.
     */
    public StoredVersion store(String agencyCode, int year, AnnualReportData report, String reason) {
        return http.send(HttpMethod.PUT, uri -> uri.path("/api/reports/{agency}/{year}").queryParam("reason", "{reason}")
                .build(agencyCode, year, reason), report, new TypeReference<>() { });
    }

    /** Makes an older version the active one again (administrators and supervisors; recorded with the reason). */
    public void activate(String agencyCode, int year, int versionNo, String reason) {
        http.send(HttpMethod.POST, uri -> uri.path("/api/reports/{agency}/{year}/versions/{n}/activate")
                .build(agencyCode, year, versionNo), new Activation(reason), new TypeReference<tools.jackson.databind.JsonNode>() { });
    }

    private record Activation(String reason) {
    }
}
