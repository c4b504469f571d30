package cn.nianbao.backend.parser.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfExtractorTest {

    @Test
    void recognisesTheDoubledCharactersOfFakeBoldType() {
        assertThat(PdfExtractor.hasDoubledLine("正文一行\n二二、、主主动动公公开开政政府府信信息息情情况况\n")).isTrue();
        assertThat(PdfExtractor.hasDoubledLine("二、主动公开政府信息情况\n他们常常参加会议并作交流发言 21 0 0\n")).isFalse();
    }
}
