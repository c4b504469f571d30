package cn.nianbao.backend.parser.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a value cell of a scan is decided from its three readings: the page's, the Chinese and English digit ones. */
class OcrValueTest {

    private static OcrPage.Reading value(String page, String chinese, String english) {
        return OcrPage.value(List.of(page, chinese, english));
    }

    @Test
    void theCellsOwnReadingsAgreeing() {
        assertThat(value("9D5", "95", "95")).isEqualTo(new OcrPage.Reading("95", false));
        assertThat(value("", "0", "0")).isEqualTo(new OcrPage.Reading("0", false));
    }

    @Test
    void twoOfThreeIsADisputedValue() {
        assertThat(value("3", "9", "9")).isEqualTo(new OcrPage.Reading("9", true));
        assertThat(value("7545", "75345", "7545")).isEqualTo(new OcrPage.Reading("7545", true));
        assertThat(value("1", "", "1")).isEqualTo(new OcrPage.Reading("1", true));
    }

    @Test
    void digitsNoTwoReadingsAgreeOnAreIllegibleAndNoDigitsIsNoValue() {
        assertThat(value("04", "604", "64").text()).isEqualTo("?");
        assertThat(value("", "9", "").text()).isEqualTo("?");
        assertThat(value("果", "", "")).isNull();
        assertThat(value("—", "-", "")).isEqualTo(new OcrPage.Reading("-", false));
    }
}
