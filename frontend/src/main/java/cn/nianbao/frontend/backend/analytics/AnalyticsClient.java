package cn.nianbao.frontend.backend.analytics;

import java.util.List;
import java.util.Optional;

import cn.nianbao.frontend.backend.BackendHttp;
import cn.nianbao.frontend.backend.agencies.AgencyKind;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * The figures of the region pages, all computed by the backend ({@code /api/analytics/*}): every tile, rank, change
 * and point state comes from there, so that the pages agree with each other and with the exports. A {@code null}
 * year or kind leaves the choice to the backend (the latest year with reports; all kinds of bodies).
 */
@Component
public class AnalyticsClient {

    private final BackendHttp http;

    public AnalyticsClient(BackendHttp http) {
        this.http = http;
    }

    public List<Metric> metrics() {
        return http.get(uri -> uri.path("/api/analytics/metrics").build(), new TypeReference<>() { });
    }

    public Series series(String region, String metric, Integer from, Integer to, AgencyKind kind) {
        return http.get(uri -> uri.path("/api/analytics/series").queryParam("region", region)
                .queryParam("metric", metric)
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .queryParamIfPresent("kind", Optional.ofNullable(kind).map(Enum::name)).build(),
                new TypeReference<>() { });
    }

    public Overview overview(String region, Integer year, AgencyKind kind) {
        return http.get(uri -> uri.path("/api/analytics/overview").queryParam("region", region)
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .queryParamIfPresent("kind", Optional.ofNullable(kind).map(Enum::name)).build(),
                new TypeReference<>() { });
    }

    public Ranking ranking(String region, String metric, Integer year, AgencyKind kind) {
        return http.get(uri -> uri.path("/api/analytics/ranking").queryParam("region", region)
                .queryParam("metric", metric)
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .queryParamIfPresent("kind", Optional.ofNullable(kind).map(Enum::name)).build(),
                new TypeReference<>() { });
    }

    /** The region's three tables added up over its bodies (itself included) for a year, of one kind or all. */
    public Rollup rollup(String region, Integer year, AgencyKind kind) {
        return http.get(uri -> uri.path("/api/analytics/rollup").queryParam("region", region)
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .queryParamIfPresent("kind", Optional.ofNullable(kind).map(Enum::name)).build(),
                new TypeReference<>() { });
    }

    /** One body's report of {@code year} beside its report of the year before. */
    public YearOnYear yearOnYear(String agency, int year) {
        return http.get(uri -> uri.path("/api/analytics/year-on-year").queryParam("agency", agency)
                .queryParam("year", year).build(), new TypeReference<>() { });
    }
}
