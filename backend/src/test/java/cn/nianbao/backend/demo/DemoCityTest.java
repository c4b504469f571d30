package cn.nianbao.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.contract.ContractSchema;
import cn.nianbao.backend.contract.identity.CellValues;
import cn.nianbao.backend.contract.identity.Identity;
import cn.nianbao.backend.contract.identity.IdentityCatalogue;
import org.junit.jupiter.api.Test;

class DemoCityTest {

    private final DemoCity city = new DemoCity(DemoCity.Spec.DEFAULT);

    @Test
    void isAFictionalCityWithFifteenOddTownshipsAndTenDepartments() {
        List<NewAgency> agencies = city.agencies();

        assertThat(agencies).hasSize(27);
        assertThat(agencies.getFirst().name()).isEqualTo("示例市人民政府");
        assertThat(agencies).filteredOn(a -> a.kind() == AgencyKind.TOWNSHIP).hasSize(16);
        assertThat(agencies).filteredOn(a -> a.kind() == AgencyKind.DEPARTMENT).hasSize(10);
        assertThat(agencies).allMatch(NewAgency::demo);
    }

    @Test
    void theSameSeedGivesTheSameCity() {
        List<String> once = json(new DemoCity(DemoCity.Spec.DEFAULT).reports());
        List<String> twice = json(new DemoCity(DemoCity.Spec.DEFAULT).reports());
        List<String> otherSeed = json(new DemoCity(new DemoCity.Spec("demo", "示例市", 2019, 2024, 7L, true)).reports());

        assertThat(once).isEqualTo(twice).isNotEqualTo(otherSeed);
    }

    @Test
    void everyReportFollowsTheContract() {
        assertThat(city.reports()).allSatisfy(report ->
                assertThat(ContractSchema.validate(ContractJson.write(report.report()))).isEmpty());
    }

    @Test
    void everyIdentityOfTheCatalogueHoldsExceptWhereAProblemWasPlanted() {
        Map<String, AnnualReport> byKey = new HashMap<>();
        city.reports().forEach(r -> byKey.put(r.agencyCode() + "/" + r.year(), r.report()));
        Set<String> broken = new TreeSet<>();
        Map<Identity.Check.State, Integer> outcomes = new EnumMap<>(Identity.Check.State.class);
        byKey.forEach((key, report) -> {
            String[] parts = key.split("/");
            AnnualReport previous = byKey.get(parts[0] + "/" + (Integer.parseInt(parts[1]) - 1));
            for (Identity identity : IdentityCatalogue.all()) {
                Identity.Check check = identity.check(CellValues.of(report), CellValues.of(previous));
                outcomes.merge(check.state(), 1, Integer::sum);
                if (check.broken()) {
                    broken.add(key + " " + identity.kind() + " " + identity.subject());
                }
            }
        });

        assertThat(broken).containsExactlyInAnyOrder(
                "demo.d07/2022 T4_SUM 表四 行政复议",
                "demo.t08/2020 T3_OUTCOME_SUM 表三 自然人（（六）其他处理为一行）",
                "demo.t08/2020 T3_OUTCOME_SUM 表三 总计（（六）其他处理为一行）",
                "demo.t09/2023 T3_BALANCE 表三 总计",
                "demo.t09/2023 T3_BALANCE 表三 自然人",
                "demo.t11/2022 CARRY_OVER 表三 总计",
                "demo.t11/2022 CARRY_OVER 表三 自然人");
        assertThat(outcomes.get(Identity.Check.State.HOLDS)).as("the checks that could be made")
                .isGreaterThan(154 * 40);
    }

    @Test
    void missingAndLateReportsAreExactlyThePlantedOnes() {
        Map<String, AgencyKind> kinds = new HashMap<>();
        List<String> expected = new ArrayList<>();
        for (NewAgency agency : city.agencies()) {
            kinds.put(agency.code(), agency.kind());
            for (int year = 2019; year <= 2024; year++) {
                final int y = year;
                if (agency.reportingPeriods().stream().anyMatch(p -> p.covers(y))) {
                    expected.add(agency.code() + "/" + year);
                }
            }
        }
        List<String> generated = city.reports().stream().map(r -> r.agencyCode() + "/" + r.year()).toList();
        List<String> late = city.reports().stream()
                .filter(r -> r.report().details().publishedOn().isAfter(deadline(kinds.get(r.agencyCode()), r.year())))
                .map(r -> r.agencyCode() + "/" + r.year())
                .toList();

        assertThat(expected).hasSize(156);
        assertThat(expected).filteredOn(key -> !generated.contains(key))
                .containsExactlyInAnyOrder("demo.t07/2022", "demo.d04/2023");
        assertThat(late).containsExactlyInAnyOrder("demo.t10/2021", "demo.d05/2023");
        assertThat(city.plantedProblems()).hasSize(11);
    }

    @Test
    void leavesTheOrganisationColumnsBlankWhereThatWasPlanted() {
        AnnualReport blank = city.reports().stream()
                .filter(r -> r.agencyCode().equals("demo.t13") && r.year() == 2022)
                .findFirst().orElseThrow().report();

        assertThat(blank.requests().values()).allSatisfy(row -> {
            assertThat(row.research()).isNull();
            assertThat(row.publicInterest()).isNull();
            assertThat(row.naturalPerson()).isNotNull();
        });
    }

    private static LocalDate deadline(AgencyKind kind, int year) {
        return kind == AgencyKind.PEOPLES_GOVERNMENT ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
    }

    private static List<String> json(List<DemoCity.GeneratedReport> reports) {
        return reports.stream().map(r -> r.agencyCode() + ContractJson.write(r.report())).toList();
    }
}
