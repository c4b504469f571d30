package cn.nianbao.backend.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.NarrativeSection;
import org.junit.jupiter.api.Test;

/** The MinHash bands find a copy among other reports and leave unrelated ones alone. */
class TextSignatureTest {

    @Test
    void aCopyWithOtherNamesAndNumbersSharesBandsAnUnrelatedReportDoesNot() {
        AnnualReport huaian = Reports.real("huaian-shi_2024");
        AnnualReport hongze = Reports.real("hongze-qu_2024");
        AnnualReport shizui = Reports.real("shizui-zhen_2023");
        String copied = huaian.details().sections().getFirst().text().replace("我市", "我区").replace("2024", "2023")
                .replace("3119", "21");
        AnnualReport copy = huaian.withDetails(new AnnualReport.Details(null, null,
                List.of(new NarrativeSection(1, "一、总体情况", copied)), null, null));

        long[] original = MinHashSignature.bands(NarrativeText.of(huaian));
        long[] copyBands = MinHashSignature.bands(NarrativeText.of(copy));

        assertThat(original).hasSize(MinHashSignature.BANDS);
        assertThat(shared(original, copyBands)).as("bands of the copy: one makes it a candidate").isPositive();
        assertThat(shared(original, MinHashSignature.bands(NarrativeText.of(hongze)))).isZero();
        assertThat(shared(original, MinHashSignature.bands(NarrativeText.of(shizui)))).isZero();
    }

    @Test
    void aShortNarrativeIsNotCompared() {
        AnnualReport report = Reports.real("hongze-qu_2024").withDetails(new AnnualReport.Details(null, null,
                List.of(new NarrativeSection(6, "六、其他需要报告的事项", "无。")), null, null));

        assertThat(NarrativeText.of(report).comparable()).isFalse();
        assertThat(MinHashSignature.bands(NarrativeText.of(report))).isEmpty();
    }

    @Test
    void containmentIsTheShareOfOneTextFoundInTheOther() {
        NarrativeText whole = NarrativeText.of(Reports.real("huaian-shi_2024"));
        AnnualReport first = Reports.real("huaian-shi_2024");
        String half = first.details().sections().getFirst().text();
        NarrativeText part = NarrativeText.of(first.withDetails(new AnnualReport.Details(null, null,
                List.of(new NarrativeSection(1, null, half.substring(0, half.length() / 2))), null, null)));

        assertThat(TextSimilarity.containment(part, whole)).isEqualTo(1.0);
        assertThat(TextSimilarity.containment(whole, part)).isBetween(0.2, 0.6);
        assertThat(TextSimilarity.containment(whole, whole)).isEqualTo(1.0);
    }

    private static long shared(long[] a, long[] b) {
        return IntStream.range(0, Math.min(a.length, b.length)).filter(i -> a[i] == b[i]).count();
    }
}
