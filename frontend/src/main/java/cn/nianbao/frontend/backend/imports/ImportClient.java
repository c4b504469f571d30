package cn.nianbao.frontend.backend.imports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.frontend.backend.BackendHttp;
import cn.nianbao.frontend.backend.BackendHttp.FilePart;
import cn.nianbao.frontend.backend.Download;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * Import jobs ({@code /api/imports}): many documents and ZIP archives sent as one job that the backend works through
 * on its own, read back while it runs; the items that wait are confirmed one by one.
 */
@Component
public class ImportClient {

    private final BackendHttp http;

    public ImportClient(BackendHttp http) {
        this.http = http;
    }

    /** The job's answer to a new upload. */
    public record Started(String id) {
    }

    /**
     * Starts a job with {@code files}; {@code publishedOn} and {@code url} are used for the documents that do not
     * print their own. The backend refuses a file it will not take (size, type, archive) with a Chinese reason.
     */
    public String start(List<FilePart> files, LocalDate publishedOn, String url) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("published_on", publishedOn == null ? null : publishedOn.toString());
        fields.put("url", url == null || url.isBlank() ? null : url.strip());
        return http.uploadFiles("/api/imports", "files", files, fields, new TypeReference<Started>() { }).id();
    }

    public ImportJob job(String id) {
        return http.get(uri -> uri.path("/api/imports/{id}").build(id), new TypeReference<>() { });
    }

    /** One item with the report as it was read, for the preview. */
    public ImportItem item(String id, int index) {
        return http.get(uri -> uri.path("/api/imports/{id}/items/{index}").build(id, index),
                new TypeReference<>() { });
    }

    /** Stores an item that waited, for the body and year the user chose; answers the item as it is now. */
    public ImportItem confirm(String id, int index, String agencyCode, int year) {
        return http.send(HttpMethod.POST, uri -> uri.path("/api/imports/{id}/items/{index}/confirm").build(id, index),
                new Confirmation(agencyCode, year), new TypeReference<>() { });
    }

    /** A body offered for an item that waits: {@code detected} when the document named it. */
    public record Found(String agencyCode, String agencyName, String parentName, boolean detected) {
    }

    /**
     * A page of the bodies the user may store the item for whose name or code contains {@code query} (blank: all),
     * those the document named first; the backend bounds the query (50 characters) and the page (50 bodies).
     */
    public List<Found> candidates(String id, int index, String query, int offset, int limit) {
        // the typed text goes in as a variable, so that braces and ampersands in it are encoded, not expanded
        return http.get(uri -> uri.path("/api/imports/{id}/items/{index}/candidates")
                .queryParam("q", "{q}")
                .queryParam("offset", offset)
                .queryParam("limit", limit)
                .build(id, index, query == null ? "" : query), new TypeReference<>() { });
    }

    /** The items that failed, as CSV (UTF-8 with BOM, for spreadsheet programs). */
    public Download failures(String id) {
        return http.download(uri -> uri.path("/api/imports/{id}/failures").build(id));
    }

    /** The user's latest jobs, newest first. */
    public List<ImportJob> recent(int limit) {
        return http.get(uri -> uri.path("/api/imports").queryParam("limit", limit).build(), new TypeReference<>() { });
    }

    private record Confirmation(String agencyCode, int year) {
    }
}
