package cn.nianbao.backend.chart.rendering;

import java.awt.Dimension;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.AttributedCharacterIterator;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import cn.nianbao.backend.chart.ChartFormat;
import com.pngencoder.PngEncoder;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A figure as a file. SVG draws every text as outlines of the shipped font (Batik's text-as-shapes mode), so a browser
 * without any Chinese font still shows the labels and no text from the data reaches the page as markup. PNG is drawn
 * at 1× or 2× (slides). PDF is vector, one page the size of the figure, its text set in the embedded font (a subset),
 * so it prints sharp, can be searched and copied, and needs no font on the reader's machine.
 */
public final class ChartFiles {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final int PNG_LEVEL = 1;

    private ChartFiles() {
    }

    public static byte[] render(Figure figure, ChartFormat format, int scale) {
        return switch (format) {
            case SVG -> svg(figure);
            case PNG -> png(figure, scale);
            case PDF -> pdf(figure);
        };
    }

    static byte[] svg(Figure figure) {
        Document document = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        // two decimals keep glyph outlines exact on screen at a third of the default size
        context.setPrecision(2);
        SVGGraphics2D graphics = new SVGGraphics2D(context, true);
        try {
            graphics.setSVGCanvasSize(new Dimension(figure.width(), figure.height()));
            figure.draw(graphics);
            Element root = graphics.getRoot();
            root.setAttributeNS(null, "viewBox", "0 0 " + figure.width() + " " + figure.height());
            root.setAttributeNS(null, "preserveAspectRatio", "xMidYMid meet");
            root.setAttributeNS(null, "role", "img");
            // the words of the chart for screen readers: the glyphs themselves are shapes
            root.setAttributeNS(null, "aria-label", figure.data().title() + "。" + figure.data().caption());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                graphics.stream(root, writer, true, false);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart SVG", e);
        } finally {
            graphics.dispose();
        }
    }

    static byte[] png(Figure figure, int scale) {
        BufferedImage image = new BufferedImage(figure.width() * scale, figure.height() * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(scale, scale);
            figure.draw(g2);
        } finally {
            g2.dispose();
        }
        return png(image);
    }

    /**
     * Lossless 8-bit RGB, unfiltered rows at the fastest deflate level: on 2× charts the encoder's per-row filter search
     * took two to five times as long for files of much the same size, and level 9 five to ten times as long for a
     * fifth less (docs/BENCHMARKS.md, "Meeting pack"). Single-threaded: a pack's charts are already drawn side by side on the chart pool, one thread
     * per core, and the encoder's own pool (another thread per core) only contended with them.
     */
    static byte[] png(BufferedImage image) {
        return new PngEncoder().withBufferedImage(image).withCompressionLevel(PNG_LEVEL)
                .withPredictorEncoding(false).withMultiThreadedCompressionEnabled(false).toBytes();
    }

    static byte[] pdf(Figure figure) {
        return pdf(List.of(new Page(figure.width(), figure.height(), figure::draw)), figure.data().title(),
                figure.data().caption());
    }

    /** A page of a vector PDF: its size in points and what is drawn on it. */
    public record Page(float width, float height, Consumer<Graphics2D> drawing) {
    }

    /**
     * A vector PDF of several pages (a meeting pack), every text set in the embedded font, as one chart's PDF is.
     */
    public static byte[] pdf(List<Page> pages, String title, String subject) {
        try (PDDocument document = new PDDocument();
             TrueTypeCollection collection = new TrueTypeCollection(ChartFonts.collection())) {
            PDType0Font font = PDType0Font.load(document, ChartFonts.face(collection), true);
            for (Page each : pages) {
                PDPage page = new PDPage(new PDRectangle(each.width(), each.height()));
                document.addPage(page);
                PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, each.width(), each.height());
                EmbeddedFontText text = new EmbeddedFontText();
                text.registerFont(ChartFonts.fontName(), font);
                graphics.setFontTextDrawer(text);
                try {
                    each.drawing().accept(graphics);
                } finally {
                    graphics.dispose();
                }
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawForm(graphics.getXFormObject());
                }
            }
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setSubject(subject);
            document.getDocumentInformation().setCreator("年报通");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart PDF", e);
        }
    }

    /**
     * Text in the embedded font. The font has no bold face and Java emboldens it when drawing; in the PDF a bold text
     * is filled and stroked thinly, so titles stay bold there too.
     */
    private static final class EmbeddedFontText extends PdfBoxGraphics2DFontTextDrawer {

        private static final float EMBOLDEN = 0.03f;

        @Override
        public void drawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
                throws IOException, FontFormatException {
            if (!env.getFont().isBold()) {
                super.drawText(iterator, env);
                return;
            }
            PDPageContentStream content = env.getContentStream();
            content.saveGraphicsState();
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(env.getFont().getSize2D() * EMBOLDEN);
            super.drawText(iterator, env);
            content.setRenderingMode(RenderingMode.FILL);
            content.restoreGraphicsState();
        }
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
