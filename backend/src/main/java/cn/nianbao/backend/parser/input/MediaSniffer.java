package cn.nianbao.backend.parser.input;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.nianbao.backend.parser.UnreadableDocumentException;

/** Recognises a document's form from its bytes (magic numbers and markup), never from its file name. */
public final class MediaSniffer {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private MediaSniffer() {
    }

    public static MediaKind sniff(byte[] bytes) {
        if (bytes.length == 0 || isAllWhitespace(bytes)) {
            throw new UnreadableDocumentException("文件为空");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) {
            return MediaKind.PDF;
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return zipKind(bytes);
        }
        if (startsWith(bytes, OLE2)) {
            throw new UnreadableDocumentException("旧版 Office 文件（.doc/.xls/.wps），请另存为 DOCX 或 PDF 后再上传");
        }
        if (head.startsWith("{\\rtf")) {
            throw new UnreadableDocumentException("RTF 文档暂不支持，请另存为 DOCX 或 PDF 后再上传");
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body")
                || lower.contains("<table") || lower.contains("<div") || lower.contains("<p>")
                || lower.contains("<meta")) {
            return MediaKind.HTML;
        }
        return MediaKind.TEXT;
    }

    /**
     * A ZIP is a DOCX only when it names {@code word/document.xml}. File names are stored uncompressed, so a byte
     * search finds it without inflating anything (a ZIP bomb is left to the guarded DOCX reader).
     */
    private static MediaKind zipKind(byte[] bytes) {
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        if (raw.contains("word/document.xml")) {
            return MediaKind.DOCX;
        }
        if (!raw.contains("PK\u0005\u0006")) {
            throw new UnreadableDocumentException("ZIP/DOCX 文件损坏或不完整（缺少压缩包目录，可能被截断）");
        }
        throw new UnreadableDocumentException("ZIP 压缩包不是 Word 文档（缺少 word/document.xml）");
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllWhitespace(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
