package cn.nianbao.frontend.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.nianbao.frontend.backend.Download;
import cn.nianbao.frontend.backend.charts.ChartClient;
import cn.nianbao.frontend.backend.charts.ChartData;
import cn.nianbao.frontend.backend.charts.ChartQuery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * One chart of the backend in the page: the SVG it drew (title, caption with the key figure, legend, notes and source
 * line all in the picture, the text as outlines), a 数据表 toggle showing the figures it draws, and downloads as PNG,
 * SVG and PDF for a meeting. The page draws nothing itself: the picture is fetched through the backend client with
 * the user's token when the browser asks for it, the downloads through the backend's export endpoint, which records
 * each one in the audit log.
 */
public class ChartFigure extends Div {

    private final ChartData data;
    private final Image image;
    private final Button tableToggle;
    private final Div tableHolder = new Div();

    public ChartFigure(ChartClient charts, ChartQuery query) {
        addClassName("chart-figure");
        addClassName("chart-" + query.chart());
        getElement().setAttribute("data-chart", query.chart());
        data = charts.data(query);
        String description = data.caption() == null || data.caption().isBlank() ? data.title()
                : getTranslation("chart.description", data.title(), data.caption());
        image = new Image(DownloadHandler.fromInputStream(event -> {
            byte[] svg = charts.svg(query).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(svg), query.chart() + ".svg", "image/svg+xml",
                    svg.length);
        }).inline(), description);
        image.addClassName("chart-image");
        tableToggle = new Button(getTranslation("chart.table.show"), event -> toggleTable());
        tableToggle.addThemeVariants(ButtonVariant.TERTIARY);
        tableToggle.addClassName("chart-table-toggle");
        tableToggle.getElement().setAttribute("aria-expanded", "false");
        Span downloads = new Span(getTranslation("chart.download"));
        downloads.addClassName("chart-download-label");
        Div toolbar = new Div(tableToggle, downloads);
        for (ChartClient.Format format : ChartClient.Format.values()) {
            toolbar.add(download(charts, query, format));
        }
        toolbar.addClassName("chart-toolbar");
        tableHolder.addClassName("chart-table");
        tableHolder.setVisible(false);
        add(image, toolbar, tableHolder);
    }

    /** The backend's words and figures of this chart (title, caption, table). */
    public ChartData data() {
        return data;
    }

    public Image image() {
        return image;
    }

    /** Shows or hides the figures under the chart; the grid is built the first time. */
    public void toggleTable() {
        boolean show = !tableHolder.isVisible();
        if (show && tableHolder.getComponentCount() == 0) {
            tableHolder.add(new ChartDataTable(data));
        }
        tableHolder.setVisible(show);
        tableToggle.setText(getTranslation(show ? "chart.table.hide" : "chart.table.show"));
        tableToggle.getElement().setAttribute("aria-expanded", String.valueOf(show));
    }

    public boolean tableShown() {
        return tableHolder.isVisible();
    }

    private Anchor download(ChartClient charts, ChartQuery query, ChartClient.Format format) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            Download file = charts.export(query, format);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()),
                    file.fileName() != null ? file.fileName() : data.title() + "." + extension, file.mediaType(),
                    file.bytes().length);
        }), AttachmentType.DOWNLOAD, format.name());
        anchor.addClassName("chart-download");
        anchor.addClassName("chart-download-" + extension);
        anchor.getElement().setAttribute("title", getTranslation("chart.download.tooltip", data.title(), format.name()));
        return anchor;
    }
}
