package cn.nianbao.backend.parser.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.identity.Identity;
import cn.nianbao.backend.contract.identity.IdentityCatalogue;
import cn.nianbao.backend.contract.identity.IdentityKind;
import org.junit.jupiter.api.Test;

class GluedDigitsTest {

    private static final int[] NEW_RECEIVED = TableIdentities.requestRow(RequestRow.NEW_RECEIVED);
    private static final int[] TABLE_4 = TableIdentities.reviewCells(0, 3);

    @Test
    void theRowSumLeavesOneCutOfTheBriefsExample() {
        List<long[]> cuts = GluedDigits.cuts("801000081", NEW_RECEIVED).candidates();

        assertThat(cuts).singleElement().isEqualTo(new long[] {80, 1, 0, 0, 0, 0, 81});
    }

    @Test
    void twoCutsCanFitTheSameRowSum() {
        List<long[]> cuts = GluedDigits.cuts("110000011", NEW_RECEIVED).candidates();

        assertThat(cuts).containsExactlyInAnyOrder(new long[] {1, 10, 0, 0, 0, 0, 11}, new long[] {11, 0, 0, 0, 0, 0, 11});
    }

    @Test
    void oneDigitPerCellIsTheOnlyCut() {
        assertThat(GluedDigits.allCuts("1234567", 7)).singleElement().isEqualTo(new long[] {1, 2, 3, 4, 5, 6, 7});
        assertThat(GluedDigits.cuts("1234567", NEW_RECEIVED).candidates()).singleElement()
                .isEqualTo(new long[] {1, 2, 3, 4, 5, 6, 7}); // breaks the row sum, but no other cut exists
    }

    @Test
    void everyGroupOfTable4SatisfiesTheCataloguesIdentity() {
        List<long[]> cuts = GluedDigits.cuts("10100110000050005", TABLE_4).candidates();

        assertThat(cuts).isNotEmpty().contains(new long[] {10, 1, 0, 0, 11, 0, 0, 0, 0, 0, 5, 0, 0, 0, 5});
        List<Identity> groupSums = IdentityCatalogue.of(IdentityKind.T4_SUM);
        assertThat(cuts).allSatisfy(cut -> {
            long[] values = TableIdentities.unknown();
            for (int i = 0; i < TABLE_4.length; i++) {
                values[TABLE_4[i]] = cut[i];
            }
            assertThat(groupSums).allSatisfy(identity -> assertThat(identity.check(TableIdentities.values(values))
                    .state()).isEqualTo(Identity.Check.State.HOLDS));
        });
    }

    @Test
    void aReportBreakingAGroupSumIsCutWithinTheBoundsTheIdentityImplies() {
        // 平潭 2024 prints 复议后起诉 13 + 2 + 4 + 0 against 总计 15: no cut satisfies that group, and the only cut
        // in which no part exceeds its total is the printed one.
        List<long[]> cuts = GluedDigits.cuts("00202000001324015", TABLE_4).candidates();

        assertThat(cuts).singleElement().isEqualTo(new long[] {0, 0, 2, 0, 2, 0, 0, 0, 0, 0, 13, 2, 4, 0, 15});
    }

    @Test
    void aCellNeverStartsWithZeroAndTooManyDigitsFitNothing() {
        assertThat(GluedDigits.allCuts("0101", 2)).singleElement().isEqualTo(new long[] {0, 101});
        assertThat(GluedDigits.allCuts("1".repeat(70), 7)).isEmpty();
    }

    @Test
    void anEndlessSearchGivesUp() {
        assertThat(GluedDigits.allCuts("1".repeat(40), 15)).isNull();
    }
}
