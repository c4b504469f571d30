package cn.nianbao.backend.parser.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import cn.nianbao.backend.parser.UnreadableDocumentException;

/**
 * Decodes text bytes: a BOM wins, then strict UTF-8, then strict GB18030 (Chinese sites often serve GBK/GB2312,
 * which GB18030 contains). Bytes that are neither, or that are mostly control characters, are not text.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /** Decodes with the declared charset when it decodes cleanly (an HTML meta charset), otherwise detects. */
    public static String decode(byte[] bytes, Charset declared) {
        String text = bom(bytes)
                .or(() -> declared == null ? Optional.empty() : strict(bytes, declared))
                .or(() -> strict(bytes, StandardCharsets.UTF_8))
                .or(() -> strict(bytes, GB18030))
                .orElseThrow(() -> new UnreadableDocumentException("无法识别的文本编码（既不是 UTF-8 也不是 GB18030/GBK），可能是二进制文件"));
        if (looksBinary(text)) {
            throw new UnreadableDocumentException("二进制数据，不是可读的文本、PDF、DOCX 或 HTML 文档");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Optional<String> bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(b, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(b, StandardCharsets.UTF_16LE).map(s -> s.substring(1));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(b, StandardCharsets.UTF_16BE).map(s -> s.substring(1));
        }
        return Optional.empty();
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** NUL bytes or many control characters: binary data that happened to decode. */
    private static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > sample / 20;
    }
}
