package cn.nianbao.backend.parser.input;

import java.util.List;

import cn.nianbao.backend.parser.Deadline;
import cn.nianbao.backend.parser.ParseLimits;
import cn.nianbao.backend.parser.UnreadableDocumentException;
import cn.nianbao.backend.parser.ocr.OcrSettings;
import cn.nianbao.backend.parser.text.Line;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The pages of a scanned PDF, read by OCR. */
final class ScannedPages {

    private ScannedPages() {
    }

    static List<Line> read(PDDocument document, ParseLimits limits, OcrSettings ocr, Deadline deadline) {
        throw new UnreadableDocumentException("扫描件，无文字层（PDF 共 " + document.getNumberOfPages() + " 页）");
    }
}
