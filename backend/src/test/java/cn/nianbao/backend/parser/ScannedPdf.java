package cn.nianbao.backend.parser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF as a scanner makes it: every page rendered to a grey picture at {@code dpi} and put back, JPEG-compressed, as
 * the only content of a page of the same size. No text layer survives, so the parser must read it by OCR.
 */
public final class ScannedPdf {

    private ScannedPdf() {
    }

    public static byte[] of(byte[] pdf, int dpi) {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle size = source.getPage(i).getMediaBox();
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                PDPage page = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
                scan.addPage(page);
                PDImageXObject picture = JPEGFactory.createFromImage(scan, image, 0.85f);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(picture, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            scan.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
