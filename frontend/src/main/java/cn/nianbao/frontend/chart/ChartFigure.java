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

/**
 * A chart in the page: the SVG inline (text drawn as shapes, so no font is needed in the browser), with links to take
 * it away as PNG or SVG for a meeting.
 */
public class ChartFigure extends Div {

    public static final int WIDTH = 1100;
    public static final int HEIGHT = 540;

    private final Svg svg;

    /**
     * @param chart    makes the chart; called once for the page and again for each download
     * @param fileName the download's name without extension
     */
    public ChartFigure(Supplier<JFreeChart> chart, String fileName, String description) {
        addClassName("chart-figure");
        svg = new Svg(ChartRenderer.toSvg(chart.get(), WIDTH, HEIGHT));
        svg.addClassName("chart-svg");
        svg.getElement().setAttribute("role", "img");
        svg.getElement().setAttribute("aria-label", description);
        Div downloads = new Div(
                download(getTranslation("chart.download.png"), fileName + ".png", "image/png",
                        () -> ChartRenderer.toPng(chart.get(), WIDTH, HEIGHT)),
                download(getTranslation("chart.download.svg"), fileName + ".svg", "image/svg+xml",
                        () -> ChartRenderer.toSvg(chart.get(), WIDTH, HEIGHT).getBytes(StandardCharsets.UTF_8)));
        downloads.addClassName("chart-downloads");
        add(svg, downloads);
    }

    public Svg svg() {
        return svg;
    }

    private static Anchor download(String text, String fileName, String contentType, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, contentType, content.length);
        }), AttachmentType.DOWNLOAD, text);
        anchor.addClassName("chart-download");
        return anchor;
    }
}
