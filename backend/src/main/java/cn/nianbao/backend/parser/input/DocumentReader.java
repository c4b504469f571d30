package cn.nianbao.backend.parser.input;

import java.util.List;

import cn.nianbao.backend.parser.Deadline;
import cn.nianbao.backend.parser.ParseLimits;
import cn.nianbao.backend.parser.UnreadableDocumentException;
import cn.nianbao.backend.parser.ocr.OcrSettings;
import cn.nianbao.backend.parser.text.Line;

/** Brings the bytes of one document, in any supported form, to lines in reading order. */
public final class DocumentReader {

    private DocumentReader() {
    }

    public static SourceText read(byte[] bytes, ParseLimits limits, OcrSettings ocr, Deadline deadline) {
        if (bytes.length > limits.maxBytes()) {
            throw new UnreadableDocumentException("文件过大（" + bytes.length / (1024 * 1024) + " MB，上限 "
                    + limits.maxBytes() / (1024 * 1024) + " MB）");
        }
        MediaKind kind = MediaSniffer.sniff(bytes);
        return switch (kind) {
            case PDF -> PdfExtractor.extract(bytes, limits, ocr, deadline);
            case DOCX -> new SourceText(kind, DocxExtractor.extract(bytes, limits, deadline));
            case HTML -> new SourceText(kind, HtmlExtractor.extract(bytes, limits));
            case TEXT -> text(bytes, limits);
        };
    }

    /** Plain text; a crawler's page header (标题/发布时间/原文链接 … ==== 正文 ====) is metadata, not report text. */
    private static SourceText text(byte[] bytes, ParseLimits limits) {
        String text = TextDecoder.decode(bytes);
        limits.checkText(text.length());
        CrawlerHeader header = CrawlerHeader.read(text);
        List<Line> lines = TextLines.of(OneLineBody.splitAll(header.body()));
        return new SourceText(MediaKind.TEXT, header.title() == null ? lines : header.withTitle(lines),
                header.page());
    }
}
