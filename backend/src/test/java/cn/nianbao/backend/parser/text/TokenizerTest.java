package cn.nianbao.backend.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> kinds(String line) {
        return Tokenizer.tokenize(line).stream().map(t -> t.kind() + ":" + t.text()).toList();
    }

    @Test
    void aLayoutRowIsALabelAndItsNumbers() {
        assertThat(kinds("一、本年新收政府信息公开申请数量     3001  53  0  0  61  4  3,119"))
                .containsExactly("TEXT:一、本年新收政府信息公开申请数量", "NUMBER:3001", "NUMBER:53", "NUMBER:0",
                        "NUMBER:0", "NUMBER:61", "NUMBER:4", "NUMBER:3119");
    }

    @Test
    void fullWidthDigitsAndBlankMarksAreCells() {
        assertThat(kinds("行政事业性收费　７７３０．２８ / — -"))
                .containsExactly("TEXT:行政事业性收费", "NUMBER:7730.28", "BLANK:/", "BLANK:/", "BLANK:/");
    }

    @Test
    void digitsGluedToALabelAreOneNumberForTheDecoder() {
        assertThat(kinds("一、本年新收政府信息公开申请数量801000081"))
                .containsExactly("TEXT:一、本年新收政府信息公开申请数量", "NUMBER:801000081");
        assertThat(kinds("（二）部分公开（区分处理的，只计这一情形，不计其他情形）4000004"))
                .endsWith("NUMBER:4000004");
    }

    @Test
    void listMarkersAndYearsStayText() {
        assertThat(kinds("1.属于国家秘密")).containsExactly("TEXT:1.属于国家秘密");
        assertThat(kinds("2023年12月31日")).containsExactly("TEXT:2023年12月31日");
    }

    @Test
    void pageNumbersAreDropped() {
        assertThat(Tokenizer.tokenize("  -3-  ")).isEmpty();
        assertThat(Tokenizer.tokenize("- 12 -")).isEmpty();
        assertThat(Tokenizer.tokenize("第 2 页 共 5 页")).isEmpty();
    }

    @Test
    void anEmptyWordCellIsAnEmptyValue() {
        assertThat(Tokenizer.tokenizeCell("\u3000\u3000")).containsExactly(Token.EMPTY);
    }

    @Test
    void labelsCompareAfterNormalising() {
        assertThat(TextNormalizer.compact(" ３、危及 “三安全一稳定”")).isEqualTo(TextNormalizer.compact("3.危及\"三安全一稳定\""));
    }
}
