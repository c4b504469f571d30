package cn.nianbao.frontend.export;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import cn.nianbao.frontend.backend.Download;
import cn.nianbao.frontend.backend.exports.ExportClient;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * “下载：XLSX DOCX CSV” for a table of the page: each link fetches the file from the backend when clicked (made,
 * scope-checked and audited there) and hands it to the browser under the backend's Chinese file name. One line adds
 * it to a view, e.g. {@code add(ExportLinks.completeness(region, from, to))}.
 */
public class ExportLinks extends Div {

    public ExportLinks(ExportClient exports, ExportClient.Export export, Supplier<Map<String, String>> parameters,
                       List<String> formats) {
        addClassName("export-links");
        addClassName("export-" + export.name().toLowerCase(Locale.ROOT));
        Span label = new Span(getTranslation("export.download"));
        label.addClassName("export-download-label");
        add(label);
        for (String format : formats) {
            Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
                Download file = exports.download(export, parameters.get(), format);
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()),
                        file.fileName() != null ? file.fileName() : "nianbao." + format, file.mediaType(),
                        file.bytes().length);
            }), AttachmentType.DOWNLOAD, format.toUpperCase(Locale.ROOT));
            anchor.addClassName("export-download");
            anchor.addClassName("export-download-" + format);
            anchor.getElement().setAttribute("title", getTranslation("export.download.tooltip",
                    getTranslation("export.table." + export.name().toLowerCase(Locale.ROOT)),
                    format.toUpperCase(Locale.ROOT)));
            add(anchor);
        }
    }

    /** The completeness matrix of a region as XLSX and CSV. */
    public static ExportLinks completeness(String region, Integer from, Integer to) {
        return new ExportLinks(client(), ExportClient.Export.COMPLETENESS, () -> parameters("region", region,
                "from", text(from), "to", text(to)), List.of("xlsx", "csv"));
    }

    /** The current findings of a region (optionally of some years) as XLSX and CSV. */
    public static ExportLinks findings(String region, Integer from, Integer to) {
        return new ExportLinks(client(), ExportClient.Export.FINDINGS, () -> parameters("region", region,
                "from", text(from), "to", text(to)), List.of("xlsx", "csv"));
    }

    /** Name, value, name, value…; null values are left out of the request. */
    public static Map<String, String> parameters(String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                parameters.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return parameters;
    }

    static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static ExportClient client() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(ExportClient.class);
    }
}
