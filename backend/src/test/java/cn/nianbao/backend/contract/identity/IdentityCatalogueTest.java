package cn.nianbao.backend.contract.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.contract.ProactiveField;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.RequestRow;
import org.junit.jupiter.api.Test;

class IdentityCatalogueTest {

    @Test
    void theCatalogueHoldsEachFamilyOnceForEachPlaceItApplies() {
        Map<IdentityKind, Long> counts = IdentityCatalogue.all().stream()
                .collect(Collectors.groupingBy(Identity::kind, Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                IdentityKind.T3_BALANCE, 7L,
                IdentityKind.T3_COLUMN_SUM, (long) RequestRow.values().length,
                IdentityKind.T3_OUTCOME_SUM, 14L,
                IdentityKind.T4_SUM, 3L,
                IdentityKind.IN_FORCE_CHAIN, 2L,
                IdentityKind.CARRY_OVER, 7L));
        assertThat(IdentityCatalogue.all()).allSatisfy(identity -> assertThat(identity.paths())
                .allSatisfy(path -> assertThat(CellPath.parse(path.replaceFirst("^previous\\.", ""))).isPresent()));
    }

    @Test
    void aReportThatAddsUpBreaksNothing() {
        AnnualReport huaian = sample("huaian-shi_2024.json");
        assertThat(IdentityCatalogue.withinOneReport().stream()
                .map(identity -> identity.check(CellValues.of(huaian)))
                .filter(Identity.Check::broken)).isEmpty();
    }

    @Test
    void theTotalsOfZeroPrintedNextToOutcomesBreakTableFour() {
        AnnualReport hongze = sample("hongze-qu_2023.json");
        List<Identity.Check> broken = IdentityCatalogue.withinOneReport().stream()
                .map(identity -> identity.check(CellValues.of(hongze)))
                .filter(Identity.Check::broken).toList();
        assertThat(broken).extracting(check -> check.identity().subject())
                .containsExactlyInAnyOrder("表四 行政复议", "表四 行政诉讼（复议后起诉）");
        assertThat(broken).extracting(Identity.Check::left, Identity.Check::right)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(11L, 0L),
                        org.assertj.core.groups.Tuple.tuple(5L, 0L));
    }

    @Test
    void aBlankCellLeavesTheIdentityOpenRatherThanBroken() {
        Identity balance = IdentityCatalogue.of(IdentityKind.T3_BALANCE).getFirst();
        CellValues withBlank = cell -> cell.equals(CellPath.request(RequestRow.CARRIED_OVER,
                ApplicantColumn.NATURAL_PERSON)) ? null : 1L;
        assertThat(balance.check(withBlank).state()).isEqualTo(Identity.Check.State.INCOMPLETE);
    }

    @Test
    void theOtherLayoutsOutcomeSumStaysOpen() {
        AnnualReport huaian = sample("huaian-shi_2024.json");
        List<Identity.Check> outcomeSums = IdentityCatalogue.of(IdentityKind.T3_OUTCOME_SUM).stream()
                .map(identity -> identity.check(CellValues.of(huaian))).toList();
        assertThat(outcomeSums).filteredOn(check -> check.state() == Identity.Check.State.HOLDS).hasSize(7);
        assertThat(outcomeSums).filteredOn(check -> check.state() == Identity.Check.State.INCOMPLETE).hasSize(7)
                .allSatisfy(check -> assertThat(check.identity().subject()).contains("其他处理为一行"));
    }

    @Test
    void acrossYearsTheChainsReadLastYearsCells() {
        AnnualReport before = sample("hongze-qu_2023.json");
        AnnualReport after = sample("hongze-qu_2024.json");
        Identity inForce = IdentityCatalogue.of(IdentityKind.IN_FORCE_CHAIN).getFirst();
        Identity.Check check = inForce.check(CellValues.of(after), CellValues.of(before));
        long expectedLeft = before.proactive().get(ProactiveRow.REGULATIONS).inForce()
                + after.proactive().get(ProactiveRow.REGULATIONS).issued();
        assertThat(check.left()).isEqualTo(expectedLeft);
        assertThat(inForce.paths()).first().isEqualTo("previous.proactive.regulations.in_force");
    }

    @Test
    void anIdentitySolvesForItsOneUnknownCell() {
        Identity rowSum = IdentityCatalogue.of(IdentityKind.T3_COLUMN_SUM).getFirst();
        CellPath total = CellPath.request(RequestRow.NEW_RECEIVED, ApplicantColumn.TOTAL);
        assertThat(rowSum.solve(total, cell -> 2L, CellValues.NONE)).isEqualTo(12L);
        CellPath natural = CellPath.request(RequestRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON);
        assertThat(rowSum.solve(natural, cell -> cell.equals(total) ? 20L : 3L, CellValues.NONE)).isEqualTo(5L);
        assertThat(rowSum.solve(natural, cell -> null, CellValues.NONE)).isNull();
    }

    @Test
    void pathsNameOnlyCellsTheTemplateHas() {
        assertThat(CellPath.parse("proactive.licensing.decisions")).contains(
                CellPath.proactive(ProactiveRow.LICENSING, ProactiveField.DECISIONS));
        assertThat(CellPath.parse("proactive.licensing.in_force")).isEmpty();
        assertThat(CellPath.parse("requests.granted.nobody")).isEmpty();
        assertThat(CellPath.parse("requests.granted")).isEmpty();
        assertThat(IdentityCatalogue.rowName(RequestRow.DENIED_STATE_SECRET)).isEqualTo("（三）不予公开 1.属于国家秘密");
        assertThat(IdentityCatalogue.rowName(RequestRow.GRANTED)).isEqualTo("（一）予以公开");
    }

    private static AnnualReport sample(String name) {
        try (InputStream in = IdentityCatalogueTest.class.getResourceAsStream("/demo/samples/" + name)) {
            return ContractJson.read(ContractJson.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
