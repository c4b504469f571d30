package cn.nianbao.backend.parser.input;

import cn.nianbao.backend.parser.Deadline;
import cn.nianbao.backend.parser.ParseLimits;
import cn.nianbao.backend.parser.UnreadableDocumentException;

/** Brings the bytes of one document, in any supported form, to lines in reading order. */
public final class DocumentReader {

    private DocumentReader() {
    }

    public static SourceText read(byte[] bytes, ParseLimits limits, Deadline deadline) {
        if (bytes.length > limits.maxBytes()) {
            throw new UnreadableDocumentException("文件过大（" + bytes.length / (1024 * 1024) + " MB，上限 "
                    + limits.maxBytes() / (1024 * 1024) + " MB）");
        }
        MediaKind kind = MediaSniffer.sniff(bytes);
        return new SourceText(kind, switch (kind) {
            case PDF -> PdfExtractor.extract(bytes, limits, deadline);
            case DOCX -> DocxExtractor.extract(bytes, limits, deadline);
            case HTML -> HtmlExtractor.extract(bytes);
            case TEXT -> TextLines.of(TextDecoder.decode(bytes));
        });
    }
}
