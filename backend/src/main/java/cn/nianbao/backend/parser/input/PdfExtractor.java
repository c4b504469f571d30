package cn.nianbao.backend.parser.input;

import java.io.IOException;
import cn.nianbao.backend.parser.Deadline;
import cn.nianbao.backend.parser.ParseLimits;
import cn.nianbao.backend.parser.UnreadableDocumentException;
import cn.nianbao.backend.parser.ocr.OcrSettings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Text of a PDF with PDFBox, sorted by position and laid out in columns ({@link LayoutTextStripper}) so that a table
 * row's label and numbers share a line, as in {@code pdftotext -layout}. PDFBox keeps at most {@link ParseLimits#pdfMainMemoryBytes()} in memory and spills
 * the rest to a temp file; the deadline is checked at every page. PDFBox's duplicate-text suppression costs about a
 * tenth of the time, so the text is first extracted without it; if any line shows the doubled characters of fake
 * bold type (a glyph printed twice), it is extracted again with suppression, so no digit is ever read twice.
 */
public final class PdfExtractor {

    /** Fewer letters, digits and CJK characters than this in the whole file: a scan without a text layer. */
    private static final int MIN_TEXT_CHARS = 40;
    /** Writers put at most a little padding after the final %%EOF. */
    private static final int EOF_SEARCH_BYTES = 4096;

    private PdfExtractor() {
    }

    public static SourceText extract(byte[] bytes, ParseLimits limits, OcrSettings ocr, Deadline deadline) {
        if (!endsWithEofMarker(bytes)) {
            // PDFBox would quietly read the pages that survived; a cut-off file must not pass for a whole report.
            throw new UnreadableDocumentException("PDF 文件不完整（缺少文件结尾标记 %%EOF，可能下载或复制时被截断）");
        }
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMixed(limits.pdfMainMemoryBytes()).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableDocumentException("PDF 没有页面");
            }
            if (pages > limits.maxPdfPages()) {
                throw new UnreadableDocumentException("PDF 页数过多（" + pages + " 页，上限 " + limits.maxPdfPages() + " 页）");
            }
            String text = text(document, false, limits, deadline);
            if (hasDoubledLine(text)) {
                text = text(document, true, limits, deadline);
            }
            if (meaningfulChars(text) < MIN_TEXT_CHARS) {
                // A scan: the pages are pictures; their text is read by OCR (every value is marked as OCR-read).
                return new SourceText(MediaKind.PDF, ScannedPages.read(document, ocr, deadline),
                        SourceText.WebPage.NONE, true);
            }
            limits.checkText(text.length());
            return new SourceText(MediaKind.PDF, TextLines.of(text));
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("PDF 已加密，需要密码才能打开", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            throw new UnreadableDocumentException("PDF 文件损坏或不完整（" + e.getClass().getSimpleName() + "）", e);
        }
    }

    private static String text(PDDocument document, boolean suppressDuplicates, ParseLimits limits, Deadline deadline)
            throws IOException {
        return new LayoutTextStripper(deadline, limits, suppressDuplicates).getText(document);
    }

    /**
     * A line whose Chinese characters mostly come in identical pairs ({@code 二二、、主主动动}): the PDF fakes bold type by
     * printing glyphs twice, and the text must be extracted again with duplicate suppression.
     */
    static boolean hasDoubledLine(String text) {
        int cjk = 0;
        int doubled = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\f') {
                if (cjk >= 4 && doubled * 2 >= cjk) {
                    return true;
                }
                cjk = 0;
                doubled = 0;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                cjk++;
                if (i + 1 < text.length() && text.charAt(i + 1) == c) {
                    doubled += 2;
                    cjk++;
                    i++;
                }
            }
        }
        return cjk >= 4 && doubled * 2 >= cjk;
    }

    private static boolean endsWithEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_SEARCH_BYTES);
        String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static int meaningfulChars(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
