package cn.nianbao.frontend.backend.exports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.frontend.backend.BackendHttp;
import cn.nianbao.frontend.backend.Download;
import org.springframework.stereotype.Component;

/**
 * The backend's table and pack exports ({@code /api/exports/*}): the files are made, scope-checked and recorded in
 * the audit log there; the page only passes them on to the browser.
 */
@Component
public class ExportClient {

    /** What can be exported, by its endpoint. */
    public enum Export {
        ROLLUP("rollup"), COMPLETENESS("completeness"), FINDINGS("findings"), BODIES("bodies"), PACK("pack");

        private final String path;

        Export(String path) {
            this.path = path;
        }

        public String path() {
            return "/api/exports/" + path;
        }
    }

    private final BackendHttp http;

    public ExportClient(BackendHttp http) {
        this.http = http;
    }

    /** The file, with the parameters given (null values left out) and {@code format}. */
    public Download download(Export export, Map<String, String> parameters, String format) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("format", format);
        return http.download(uri -> {
            uri.path(export.path());
            all.forEach((name, value) -> uri.queryParamIfPresent(name, Optional.ofNullable(value)));
            return uri.build();
        });
    }
}
