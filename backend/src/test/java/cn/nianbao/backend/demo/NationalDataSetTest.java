package cn.nianbao.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.nianbao.backend.agency.AgencyKind;
import org.junit.jupiter.api.Test;

class NationalDataSetTest {

    private final List<NationalDataSet.Body> twoProvinces = new NationalDataSet(2015, 2024, 1L).bodies(2);

    @Test
    void isATreeWithParentsBeforeChildrenAndUniqueCodes() {
        Set<String> seen = new HashSet<>();
        for (NationalDataSet.Body body : twoProvinces) {
            String parent = body.agency().parentCode();
            assertThat(parent == null || seen.contains(parent)).as(body.agency().code()).isTrue();
            assertThat(seen.add(body.agency().code())).as("unique " + body.agency().code()).isTrue();
            assertThat(body.agency().code().length()).isLessThanOrEqualTo(64);
            assertThat(body.agency().name().length()).isLessThanOrEqualTo(200);
        }
        assertThat(twoProvinces.getFirst().agency().parentCode()).isNull();
    }

    @Test
    void hasTheShapeOfTheCountryPerProvince() {
        Map<AgencyKind, Long> kinds = twoProvinces.stream()
                .collect(Collectors.groupingBy(body -> body.agency().kind(), Collectors.counting()));
        long governments = kinds.get(AgencyKind.PEOPLES_GOVERNMENT);
        long townships = kinds.get(AgencyKind.TOWNSHIP);
        long departments = kinds.get(AgencyKind.DEPARTMENT);
        // per province: 8–13 cities of 6–11 counties of 9–18 townships; 30 departments per county, 40 per city
        long counties = governments - 1 - 2 - twoProvinces.stream()
                .filter(b -> b.agency().code().matches("cn\\.p\\d\\d\\.c\\d\\d")).count();
        assertThat(counties).isBetween(2L * 8 * 6, 2L * 13 * 11);
        assertThat(townships).isBetween(counties * 9, counties * 18);
        assertThat(departments).isEqualTo(counties * 30 + (governments - 1 - counties) * 40);
        // the whole country is about 140,000 bodies: 31 provinces of these
        assertThat((townships + departments + governments) * 31 / 2).isBetween(100_000L, 200_000L);
    }

    @Test
    void reportsKeepThePlantedProblemsAtTheDemoCitysRates() {
        Map<String, NationalDataSet.Body> byCode = twoProvinces.stream()
                .collect(Collectors.toMap(b -> b.agency().code(), Function.identity()));
        NationalDataSet.Body township = byCode.get("cn.p01.c01.k01.t07");
        int[] years = new int[1];
        township.generator().generateBody(township.agency(), report -> years[0]++);
        // t07 of every county is the demo city's body that did not report for 2022
        assertThat(years[0]).isEqualTo(9);
        NationalDataSet.Body department = byCode.get("cn.p01.c01.k01.d01");
        int[] all = new int[1];
        department.generator().generateBody(department.agency(), report -> all[0]++);
        assertThat(all[0]).isEqualTo(10);
    }

    @Test
    void numbersAreWrittenTheChineseWay() {
        assertThat(NationalDataSet.numeral(1)).isEqualTo("一");
        assertThat(NationalDataSet.numeral(10)).isEqualTo("十");
        assertThat(NationalDataSet.numeral(12)).isEqualTo("十二");
        assertThat(NationalDataSet.numeral(20)).isEqualTo("二十");
        assertThat(NationalDataSet.numeral(31)).isEqualTo("三十一");
    }
}
