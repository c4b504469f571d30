package cn.nianbao.backend.parser.input;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import cn.nianbao.backend.parser.Deadline;
import cn.nianbao.backend.parser.UnreadableDocumentException;
import cn.nianbao.backend.parser.ocr.OcrSettings;
import cn.nianbao.backend.parser.ocr.Tesseract;
import cn.nianbao.backend.parser.text.Line;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a scanned PDF (pictures without a text layer), read by OCR: each page is rendered in grey at the
 * configured resolution (lower for a large page, so that it stays within the pixel bound), and read by
 * {@link OcrPage}. Bounded: pages, pixels per page, the size of the pictures inside a page (checked before they are
 * decoded), seconds per page (the Tesseract process is killed), and the parse's deadline between pages.
 */
final class ScannedPages {

    /** Nested forms inside a page are followed this deep when measuring its pictures. */
    private static final int MAX_FORM_DEPTH = 4;

    private ScannedPages() {
    }

    static List<Line> read(PDDocument document, OcrSettings settings, Deadline deadline) {
        int pages = document.getNumberOfPages();
        String scan = "扫描件，无文字层（PDF 共 " + pages + " 页）";
        if (settings.enabled() && pages > settings.maxPages()) {
            throw new UnreadableDocumentException(scan + "，超过文字识别的页数上限 " + settings.maxPages() + " 页");
        }
        Tesseract.problem(settings).ifPresent(problem -> {
            throw new UnreadableDocumentException(scan + "，需要文字识别：" + problem);
        });
        Tesseract tesseract = new Tesseract(settings);
        PDFRenderer renderer = new PDFRenderer(document);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("nianbao-ocr-");
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                deadline.check();
                PDPage page = document.getPage(i);
                checkPictures(page.getResources(), settings, i + 1, 0);
                int dpi = resolution(page, settings);
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                for (Line line : OcrPage.lines(image, dpi, i, tesseract, dir, pageTimeout(settings, deadline))) {
                    lines.add(line.onPage(i + 1));
                }
                lines.add(new Line("", List.of()).onPage(i + 1));
            }
            return lines;
        } catch (IOException e) {
            throw new UnreadableDocumentException("扫描件页面无法渲染（" + e.getClass().getSimpleName() + "）", e);
        } finally {
            delete(dir);
        }
    }

    private static Duration pageTimeout(OcrSettings settings, Deadline deadline) {
        Duration left = deadline.remaining();
        return left.compareTo(settings.pageTimeout()) < 0 ? left.plusMillis(100) : settings.pageTimeout();
    }

    /** The configured resolution, lowered for a page so large that it would exceed the pixel bound. */
    static int resolution(PDPage page, OcrSettings settings) {
        PDRectangle box = page.getCropBox();
        double inches = Math.max(1, box.getWidth() / 72.0) * Math.max(1, box.getHeight() / 72.0);
        int fitting = (int) Math.floor(Math.sqrt(settings.maxPixelsPerPage() / inches));
        return Math.max(1, Math.min(settings.dpi(), fitting));
    }

    /** A picture is decoded whole before it is drawn: one larger than the bound is refused before that. */
    private static void checkPictures(PDResources resources, OcrSettings settings, int page, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject picture
                    && (long) picture.getWidth() * picture.getHeight() > settings.maxPixelsPerPage() * 4) {
                throw new UnreadableDocumentException("扫描件第 " + page + " 页的图片过大（" + picture.getWidth() + "×"
                        + picture.getHeight() + " 像素）");
            }
            if (object instanceof PDFormXObject form) {
                checkPictures(form.getResources(), settings, page, depth + 1);
            }
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("临时文件无法删除：" + dir, e);
        }
    }
}
