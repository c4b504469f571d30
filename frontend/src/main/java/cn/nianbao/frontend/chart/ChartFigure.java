package cn.nianbao.frontend.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chart in the page: the SVG inline (text drawn as shapes, so no font is needed in the browser), with links to take
 * it away as PNG or SVG for a meeting. Every download is reported to the {@link ExportAudit} first (the audit log
 * records who took which chart of which region); that report is best effort and never holds up or stops the download.
 */
public class ChartFigure extends Div {

    public static final int WIDTH = 1100;
    public static final int HEIGHT = 540;

    private static final Logger LOG = LoggerFactory.getLogger(ChartFigure.class);

    /** Told of every download, with what was taken, e.g. "示例市各乡镇（街道）本年新收政府信息公开申请数量 PNG". */
    @FunctionalInterface
    public interface ExportAudit extends java.io.Serializable {
        void exported(String what);
    }

    private final Svg svg;

    /**
     * @param chart    makes the chart; called once for the page and again for each download
     * @param title    the chart's title: the download's name without extension, and what the audit log records
     */
    public ChartFigure(Supplier<JFreeChart> chart, String title, String description, ExportAudit audit) {
        addClassName("chart-figure");
        svg = new Svg(ChartRenderer.toSvg(chart.get(), WIDTH, HEIGHT));
        svg.addClassName("chart-svg");
        svg.getElement().setAttribute("role", "img");
        svg.getElement().setAttribute("aria-label", description);
        Div downloads = new Div(
                download(getTranslation("chart.download.png"), title, "PNG", "image/png", audit,
                        () -> ChartRenderer.toPng(chart.get(), WIDTH, HEIGHT)),
                download(getTranslation("chart.download.svg"), title, "SVG", "image/svg+xml", audit,
                        () -> ChartRenderer.toSvg(chart.get(), WIDTH, HEIGHT).getBytes(StandardCharsets.UTF_8)));
        downloads.addClassName("chart-downloads");
        add(svg, downloads);
    }

    public Svg svg() {
        return svg;
    }

    private static Anchor download(String text, String title, String format, String contentType, ExportAudit audit,
                                   Supplier<byte[]> bytes) {
        String fileName = title + "." + format.toLowerCase(java.util.Locale.ROOT);
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            record(audit, title + " " + format);
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, contentType, content.length);
        }), AttachmentType.DOWNLOAD, text);
        anchor.addClassName("chart-download");
        anchor.addClassName("chart-download-" + format.toLowerCase(java.util.Locale.ROOT));
        return anchor;
    }

    private static void record(ExportAudit audit, String what) {
        try {
            audit.exported(what);
        } catch (RuntimeException e) {
            LOG.warn("download of {} not recorded in the audit log", what, e);
        }
    }
}
