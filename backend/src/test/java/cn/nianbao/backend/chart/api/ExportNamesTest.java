package cn.nianbao.backend.chart.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ExportNamesTest {

    @Test
    void rfc5987KeepsOnlyAttributeCharactersAndDecodesBack() {
        String name = "示例市各机构本年新收申请数量排名（2024 年，与上年对比）~!*'()+&.pdf";
        String encoded = ExportNames.rfc5987(name);
        assertThat(encoded).matches("[A-Za-z0-9%!#$&+.^_`|~-]+");
        assertThat(encoded).contains("%20").doesNotContain("*").doesNotContain("'").doesNotContain("(");
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(name);
    }

    @Test
    void aFileNameHasNoCharacterAFileSystemRefusesAndABoundedLength() {
        assertThat(ExportNames.fileName("a/b\\c:d*e?f\"g<h>i|j\u0007k")).isEqualTo("abcdefghijk");
        assertThat(ExportNames.fileName("长".repeat(300))).hasSize(100);
    }
}
