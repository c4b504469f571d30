package cn.nianbao.backend.parser.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GluedDigitsTest {

    @Test
    void theRowSumRuleLeavesOneCutOfTheBriefsExample() {
        List<long[]> cuts = GluedDigits.cutsWithGroupSums("801000081", 1, 7);

        assertThat(cuts).singleElement().isEqualTo(new long[] {80, 1, 0, 0, 0, 0, 81});
    }

    @Test
    void twoCutsCanFitTheSameRule() {
        List<long[]> cuts = GluedDigits.cutsWithGroupSums("110000011", 1, 7);

        assertThat(cuts).containsExactlyInAnyOrder(new long[] {1, 10, 0, 0, 0, 0, 11}, new long[] {11, 0, 0, 0, 0, 0, 11});
    }

    @Test
    void oneDigitPerCellIsTheOnlyCut() {
        assertThat(GluedDigits.allCuts("1234567", 7)).singleElement().isEqualTo(new long[] {1, 2, 3, 4, 5, 6, 7});
    }

    @Test
    void groupsOfFiveEachAddUpInTable4() {
        List<long[]> cuts = GluedDigits.cutsWithGroupSums("10100110000050005", 3, 5);

        assertThat(cuts).isNotEmpty().allSatisfy(cut -> {
            for (int g = 0; g < 15; g += 5) {
                assertThat(cut[g] + cut[g + 1] + cut[g + 2] + cut[g + 3]).isEqualTo(cut[g + 4]);
            }
        });
        assertThat(cuts).contains(new long[] {10, 1, 0, 0, 11, 0, 0, 0, 0, 0, 5, 0, 0, 0, 5});
    }

    @Test
    void aCellNeverStartsWithZeroAndTooManyDigitsFitNothing() {
        assertThat(GluedDigits.cutsWithGroupSums("0101", 1, 2)).isEmpty();
        assertThat(GluedDigits.allCuts("1".repeat(70), 7)).isEmpty();
    }

    @Test
    void anEndlessSearchGivesUp() {
        assertThat(GluedDigits.allCuts("1".repeat(40), 15)).isNull();
    }
}
