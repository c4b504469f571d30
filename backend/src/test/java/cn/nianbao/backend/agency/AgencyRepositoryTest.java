package cn.nianbao.backend.agency;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.nianbao.backend.agency.persistence.AgencyRepository;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

@BackendIntegrationTest
class AgencyRepositoryTest {

    @Autowired
    AgencyRepository agencies;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.truncate(dsl);
        add("city", "某市人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0);
        add("city.county", "某县人民政府", AgencyKind.PEOPLES_GOVERNMENT, "city", 2);
        add("city.dept", "某市教育局", AgencyKind.DEPARTMENT, "city", 1);
        add("city.county.town", "某县某镇人民政府", AgencyKind.TOWNSHIP, "city.county", 1);
        add("other", "另一市人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 1);
    }

    @Test
    void listsASubtreeInTreeOrderWithDepthFromItsRoot() {
        List<Agency> subtree = agencies.subtree("city").block();

        assertThat(subtree).extracting(Agency::code)
                .containsExactly("city", "city.dept", "city.county", "city.county.town");
        assertThat(subtree).extracting(Agency::depth).containsExactly(0, 1, 1, 2);
        assertThat(agencies.subtree("city.county").block()).extracting(Agency::code)
                .containsExactly("city.county", "city.county.town");
        assertThat(agencies.subtree("nowhere").block()).isEmpty();
    }

    @Test
    void keepsReportingPeriods() {
        agencies.insertIfAbsent(new NewAgency("merged", "已合并镇", AgencyKind.TOWNSHIP, "city", 9, false,
                List.of(new ReportingPeriod(2019, 2021), new ReportingPeriod(2023, null)))).block();

        Agency merged = agencies.findByCode("merged").block();

        assertThat(merged.reportingPeriods()).containsExactly(new ReportingPeriod(2019, 2021),
                new ReportingPeriod(2023, null));
        assertThat(merged.expectedToReport(2021)).isTrue();
        assertThat(merged.expectedToReport(2022)).isFalse();
        assertThat(merged.expectedToReport(2030)).isTrue();
    }

    @Test
    void addingAnExistingCodeChangesNothing() {
        Long again = agencies.insertIfAbsent(new NewAgency("city.dept", "改名", AgencyKind.OTHER, null, 0, false,
                List.of())).block();

        assertThat(again).isNull();
        assertThat(agencies.findByCode("city.dept").block().name()).isEqualTo("某市教育局");
    }

    @Test
    void movingABodyMovesItsWholeSubtree() {
        Mono.from(dsl.update(AGENCY)
                .set(AGENCY.PARENT_ID, agencies.findByCode("other").block().id())
                .where(AGENCY.CODE.eq("city.county"))).block();

        assertThat(agencies.subtree("other").block()).extracting(Agency::code)
                .containsExactly("other", "city.county", "city.county.town");
        assertThat(agencies.subtree("city").block()).extracting(Agency::code).containsExactly("city", "city.dept");
    }

    @Test
    void refusesToPutABodyUnderItsOwnDescendant() {
        long town = agencies.findByCode("city.county.town").block().id();

        assertThatThrownBy(() -> Mono.from(dsl.update(AGENCY).set(AGENCY.PARENT_ID, town)
                .where(AGENCY.CODE.eq("city"))).block())
                .hasMessageContaining("不能挂在自己的下级机构之下");
    }

    private void add(String code, String name, AgencyKind kind, String parent, int order) {
        agencies.insertIfAbsent(new NewAgency(code, name, kind, parent, order, false,
                List.of(new ReportingPeriod(2019, null)))).block();
    }
}
