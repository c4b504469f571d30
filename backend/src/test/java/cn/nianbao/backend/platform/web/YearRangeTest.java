package cn.nianbao.backend.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;

import org.junit.jupiter.api.Test;

class YearRangeTest {

    private static final int THIS_YEAR = Year.now().getValue();

    @Test
    void aYearIsAnIntegerWithinTheBounds() {
        assertThat(YearRange.year("year", null)).isNull();
        assertThat(YearRange.year("year", "")).isNull();
        assertThat(YearRange.year("year", "2024")).isEqualTo(2024);
        assertThat(YearRange.year("year", "+2024")).isEqualTo(2024);
        assertThat(YearRange.year("to", String.valueOf(THIS_YEAR + 1))).isEqualTo(THIS_YEAR + 1);
        assertRefused(() -> YearRange.year("to", String.valueOf(THIS_YEAR + 2)), "to", "不在 2008 至");
        assertRefused(() -> YearRange.year("from", "1999"), "from", "1999");
        assertRefused(() -> YearRange.year("year", "2024.0"), "year", "应为年度（整数）");
        assertRefused(() -> YearRange.year("year", " 2024"), "year", "应为年度（整数）");
        assertRefused(() -> YearRange.year("year", "二〇二四"), "year", "应为年度（整数）");
    }

    @Test
    void extremesAreRefusedWithoutOverflowAndWithoutEchoingThemWhole() {
        assertRefused(() -> YearRange.year("from", String.valueOf(Integer.MIN_VALUE)), "from", "应为年度");
        assertRefused(() -> YearRange.year("to", String.valueOf(Integer.MAX_VALUE)), "to", "应为年度");
        assertRefused(() -> YearRange.year("to", "999999999"), "to", "不在");
        assertRefused(() -> YearRange.year("from", "-999999999"), "from", "不在");
        assertRefused(() -> YearRange.year("to", "99999999999999999999"), "to", "应为年度");
        String huge = "9".repeat(100_000);
        assertThatThrownBy(() -> YearRange.year("from", huge)).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.getMessage()).hasSizeLessThan(100).contains("from"));
        assertRefused(() -> YearRange.requested("-2000000000", "2000000000"), "from", "应为年度");
    }

    @Test
    void aRangeRunsForwardsAndSpansAtMostThirtyYears() {
        assertThat(YearRange.requested("2019", "2024").resolve(null).years()).containsExactly(2019, 2020, 2021, 2022,
                2023, 2024);
        assertRefused(() -> YearRange.requested("2024", "2019"), "from", "晚于");
        // the bounds keep every range within the span for now; the span check holds once they no longer do
        assertThat(new YearRange(YearRange.FIRST_YEAR, YearRange.lastYear()).years())
                .hasSizeLessThanOrEqualTo(YearRange.MAX_SPAN);
    }

    @Test
    void missingEndsComeFromTheData() {
        assertThat(YearRange.requested(null, null).resolve(2022)).isEqualTo(new YearRange(2017, 2022));
        assertThat(YearRange.requested(null, "2010").resolve(2022)).isEqualTo(new YearRange(2008, 2010));
        assertThat(YearRange.requested("2023", null).resolve(2021)).isEqualTo(new YearRange(2023, 2023));
        assertThat(YearRange.requested("2010", null).resolve(2021)).isEqualTo(new YearRange(2010, 2021));
        // no data, or data stored for an impossible year: last calendar year
        assertThat(YearRange.requested(null, null).resolve(null).to()).isEqualTo(THIS_YEAR - 1);
        assertThat(YearRange.requested(null, null).resolve(2999).to()).isEqualTo(THIS_YEAR - 1);
        assertThat(YearRange.yearOrLatest(2020, 2024)).isEqualTo(2020);
        assertThat(YearRange.yearOrLatest(null, 2024)).isEqualTo(2024);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
                                      String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
