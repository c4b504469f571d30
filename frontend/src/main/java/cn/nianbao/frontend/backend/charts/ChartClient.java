package cn.nianbao.frontend.backend.charts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

import cn.nianbao.frontend.backend.BackendHttp;
import cn.nianbao.frontend.backend.Download;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriBuilder;
import tools.jackson.core.type.TypeReference;

/**
 * The charts drawn by the backend ({@code /api/charts}, {@code /api/exports/charts}): every chart of the dashboard is
 * rendered there, in one place for the page and the downloads, so the picture, its caption and the figures agree.
 */
@Component
public class ChartClient {

    /** The formats a chart downloads in. */
    public enum Format { PNG, SVG, PDF }

    private final BackendHttp http;

    public ChartClient(BackendHttp http) {
        this.http = http;
    }

    /** The chart for the page, as SVG (text drawn as outlines; the words are in the root's aria-label). */
    public String svg(ChartQuery query) {
        return new String(http.download(uri("/api/charts/{chart}", query, "svg")).bytes(), StandardCharsets.UTF_8);
    }

    /** The chart's title, caption, notes, source line and figures. */
    public ChartData data(ChartQuery query) {
        return http.get(uri("/api/charts/{chart}/data", query, null), new TypeReference<>() { });
    }

    /** The chart as a file for a meeting; the backend records the export in the audit log. */
    public Download export(ChartQuery query, Format format) {
        // a PNG is for slides: twice the pixels, the same layout
        return http.download(uri("/api/exports/charts/{chart}", query,
                format.name().toLowerCase(java.util.Locale.ROOT), format == Format.PNG ? 2 : null));
    }

    private static Function<UriBuilder, URI> uri(String path, ChartQuery query, String format) {
        return uri(path, query, format, null);
    }

    private static Function<UriBuilder, URI> uri(String path, ChartQuery query, String format, Integer scale) {
        return uri -> uri.path(path).queryParam("region", query.region())
                .queryParamIfPresent("from", Optional.ofNullable(query.from()))
                .queryParamIfPresent("to", Optional.ofNullable(query.to()))
                .queryParamIfPresent("year", Optional.ofNullable(query.year()))
                .queryParamIfPresent("kind", Optional.ofNullable(query.kind()).map(Enum::name))
                .queryParamIfPresent("metric", Optional.ofNullable(query.metric()))
                .queryParamIfPresent("format", Optional.ofNullable(format))
                .queryParamIfPresent("scale", Optional.ofNullable(scale))
                .build(query.chart());
    }
}
