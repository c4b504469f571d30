package cn.nianbao.frontend.chart;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Turns a chart into the files a supervisor shows or takes away: SVG for the page and PNG for exports.
 *
 * <p>The SVG draws every text as outlines of the shipped font (Batik's text-as-shapes mode), so a browser without any
 * Chinese font still shows the labels, and no text from the data reaches the page as markup.
 */
public final class ChartRenderer {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private ChartRenderer() {
    }

    /** An SVG document of the chart drawn at {@code width × height}, scalable through its viewBox. */
    public static String toSvg(JFreeChart chart, int width, int height) {
        Document document = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        // two decimals keep glyph outlines exact on screen at a third of the default size
        context.setPrecision(2);
        SVGGraphics2D graphics = new SVGGraphics2D(context, true);
        graphics.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        Element root = graphics.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        root.setAttributeNS(null, "preserveAspectRatio", "xMidYMid meet");
        StringWriter out = new StringWriter();
        try {
            graphics.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart SVG", e);
        } finally {
            graphics.dispose();
        }
        return out.toString();
    }

    /** A PNG image of the chart, for downloads and exports. */
    public static byte[] toPng(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart PNG", e);
        }
        return out.toByteArray();
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM available", e);
        }
    }
}
