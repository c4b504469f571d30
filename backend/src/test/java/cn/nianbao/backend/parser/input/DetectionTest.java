package cn.nianbao.backend.parser.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import cn.nianbao.backend.parser.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

/** The form and the encoding come from the bytes, not from the file name. */
class DetectionTest {

    @Test
    void recognisesFormsByTheirBytes() {
        assertThat(MediaSniffer.sniff("%PDF-1.7\n".getBytes())).isEqualTo(MediaKind.PDF);
        assertThat(MediaSniffer.sniff("<!DOCTYPE html><html>".getBytes())).isEqualTo(MediaKind.HTML);
        assertThat(MediaSniffer.sniff("<div><table><tr><td>1</td></tr></table></div>".getBytes())).isEqualTo(MediaKind.HTML);
        assertThat(MediaSniffer.sniff("年度报告".getBytes(StandardCharsets.UTF_8))).isEqualTo(MediaKind.TEXT);
    }

    @Test
    void decodesGbkPagesAndUtf8WithBom() {
        String text = "洪泽区人民政府2023年政府信息公开工作年度报告";
        assertThat(TextDecoder.decode(text.getBytes(Charset.forName("GBK")))).isEqualTo(text);
        assertThat(TextDecoder.decode(text.getBytes(Charset.forName("GB18030")))).isEqualTo(text);
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(bom)).isEqualTo(text);
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThat(TextDecoder.decode(withBom)).isEqualTo(text);
    }

    @Test
    void controlCharactersAreNotText() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {1, 2, 3, 0, 4, 5}))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("二进制");
    }
}
