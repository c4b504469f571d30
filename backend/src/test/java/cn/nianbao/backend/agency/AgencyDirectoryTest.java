package cn.nianbao.backend.agency;

import static cn.nianbao.backend.db.Tables.AGENCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.nianbao.backend.platform.security.Caller;
import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.platform.web.BadRequestException;
import cn.nianbao.backend.platform.web.NotFoundException;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

@BackendIntegrationTest
class AgencyDirectoryTest {

    private static final Caller ADMIN = TestUsers.SYSTEM_ADMIN;

    @Autowired
    AgencyDirectory agencies;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void aTwoCityTree() {
        TestDatabase.truncate(dsl);
        add("city", "某市人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 0, new ReportingPeriod(2019, null));
        add("city.county", "某县人民政府", AgencyKind.PEOPLES_GOVERNMENT, "city", 2, new ReportingPeriod(2019, null));
        add("city.dept", "某市教育局", AgencyKind.DEPARTMENT, "city", 1, new ReportingPeriod(2019, null));
        add("city.county.town", "某县某镇人民政府", AgencyKind.TOWNSHIP, "city.county", 1,
                new ReportingPeriod(2019, 2021));
        add("other", "另一市人民政府", AgencyKind.PEOPLES_GOVERNMENT, null, 1, new ReportingPeriod(2019, null));
    }

    @Test
    void listsASubtreeInTreeOrderWithDepthFromItsRoot() {
        List<Agency> subtree = agencies.visibleSubtree(ADMIN, "city", null).block();

        assertThat(subtree).extracting(Agency::code)
                .containsExactly("city", "city.dept", "city.county", "city.county.town");
        assertThat(subtree).extracting(Agency::depth).containsExactly(0, 1, 1, 2);
        assertThat(agencies.visibleSubtree(ADMIN, "city.county", null).block()).extracting(Agency::code)
                .containsExactly("city.county", "city.county.town");
        assertThatThrownBy(() -> agencies.visibleSubtree(ADMIN, "nowhere", null).block())
                .isInstanceOf(NotFoundException.class).hasMessage("没有机构代码为 nowhere 的机构");
    }

    @Test
    void aDepthListsOnlyThatManyLevelsAndIsBounded() {
        assertThat(agencies.visibleSubtree(ADMIN, "city", 1).block()).extracting(Agency::code)
                .containsExactly("city", "city.dept", "city.county");
        assertThat(agencies.visibleTree(ADMIN, 1).block()).extracting(Agency::code)
                .containsExactly("city", "city.dept", "city.county", "other");
        assertThat(agencies.visibleSubtree(ADMIN, "city", 0).block()).extracting(Agency::code).containsExactly("city");
        assertThat(agencies.visibleSubtree(ADMIN, "city", AgencyDirectory.MAX_DEPTH).block()).hasSize(4);
        Agency city = agencies.byCode("city").block();
        assertThat(agencies.visibleSubtree(ADMIN, city, 1).block()).extracting(Agency::code)
                .containsExactly("city", "city.dept", "city.county");
        assertThat(agencies.visibleSubtree(caller(Role.CLERK, "city"), city, 1).block()).extracting(Agency::code)
                .containsExactly("city");
        for (int wrong : new int[] {-1, AgencyDirectory.MAX_DEPTH + 1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> agencies.visibleSubtree(ADMIN, "city", wrong).block())
                    .isInstanceOf(BadRequestException.class).hasMessageContaining("depth");
            assertThatThrownBy(() -> agencies.visibleSubtree(ADMIN, city, wrong).block())
                    .isInstanceOf(BadRequestException.class).hasMessageContaining("depth");
        }
        // the depth is checked before the region is looked up
        assertThatThrownBy(() -> agencies.visibleSubtree(ADMIN, "nowhere", -1).block())
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void aCallerSeesTheirScopeAndNothingElse() {
        Caller supervisor = caller(Role.SUPERVISOR, "city.county");
        Caller clerk = caller(Role.CLERK, "city.county");

        assertThat(agencies.visibleTree(supervisor, null).block()).extracting(Agency::code)
                .containsExactly("city.county", "city.county.town");
        assertThat(agencies.visibleTree(clerk, null).block()).extracting(Agency::code)
                .containsExactly("city.county");
        assertThat(agencies.visible(supervisor, "city.county.town").block().code()).isEqualTo("city.county.town");
        assertThatThrownBy(() -> agencies.visible(clerk, "city.county.town").block())
                .isInstanceOf(NotFoundException.class);
        for (String outside : List.of("city", "city.dept", "other")) {
            assertThatThrownBy(() -> agencies.visible(supervisor, outside).block())
                    .as(outside).isInstanceOf(NotFoundException.class)
                    .hasMessage("没有机构代码为 " + outside + " 的机构");
        }
        // the subtree of a region already found visible keeps the caller's depth: a clerk's is their own body
        Agency county = agencies.visible(clerk, "city.county").block();
        assertThat(agencies.visibleSubtree(clerk, county, null).block()).extracting(Agency::code)
                .containsExactly("city.county");
        assertThat(agencies.visibleSubtree(supervisor, county, null).block()).extracting(Agency::code)
                .containsExactly("city.county", "city.county.town");
    }

    @Test
    void aRegionWithItsChildrenIsHandedOutOnlyToWhoMaySeeIt() {
        Caller supervisor = caller(Role.SUPERVISOR, "city.county");

        assertThat(agencies.visibleWithChildren(ADMIN, "city").block()).extracting(Agency::code)
                .containsExactly("city", "city.dept", "city.county");
        assertThat(agencies.visibleWithChildren(supervisor, "city.county").block()).extracting(Agency::code)
                .containsExactly("city.county", "city.county.town");
        assertThat(agencies.visibleWithChildren(caller(Role.CLERK, "city.county"), "city.county").block())
                .extracting(Agency::code).containsExactly("city.county");
        // read alongside the lookup, the children of a region outside the scope are still never handed out
        for (String outside : List.of("city", "other", "nowhere", "x".repeat(AgencyDirectory.MAX_CODE_LENGTH + 1))) {
            assertThatThrownBy(() -> agencies.visibleWithChildren(supervisor, outside).block())
                    .as(outside).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void theBodiesExpectedToReportFollowTheirReportingPeriods() {
        assertThat(agencies.expectedToReport(ADMIN, "city", 2021).block()).extracting(Agency::code)
                .containsExactly("city", "city.dept", "city.county", "city.county.town");
        assertThat(agencies.expectedToReport(ADMIN, "city", 2022).block()).extracting(Agency::code)
                .containsExactly("city", "city.dept", "city.county");
        assertThat(agencies.expectedToReport(caller(Role.CLERK, "city.county"), "city.county", 2021).block())
                .extracting(Agency::code).containsExactly("city.county");
    }

    @Test
    void keepsReportingPeriods() {
        agencies.addIfAbsent(new NewAgency("merged", "已合并镇", AgencyKind.TOWNSHIP, "city", 9, false,
                List.of(new ReportingPeriod(2019, 2021), new ReportingPeriod(2023, null)))).block();

        Agency merged = agencies.byCode("merged").block();

        assertThat(merged.reportingPeriods()).containsExactly(new ReportingPeriod(2019, 2021),
                new ReportingPeriod(2023, null));
        assertThat(merged.expectedToReport(2021)).isTrue();
        assertThat(merged.expectedToReport(2022)).isFalse();
        assertThat(merged.expectedToReport(2030)).isTrue();
        // a subtree is read by another path (rendered once, by position): the same periods
        assertThat(agencies.subtree("city").block()).filteredOn(body -> body.code().equals("merged"))
                .singleElement().extracting(Agency::reportingPeriods)
                .isEqualTo(List.of(new ReportingPeriod(2019, 2021), new ReportingPeriod(2023, null)));
    }

    @Test
    void addingAnExistingCodeChangesNothing() {
        Long again = agencies.addIfAbsent(new NewAgency("city.dept", "改名", AgencyKind.OTHER, null, 0, false,
                List.of())).block();

        assertThat(again).isNull();
        assertThat(agencies.byCode("city.dept").block().name()).isEqualTo("某市教育局");
    }

    @Test
    void anOverlongCodeIsNoBody() {
        String longCode = "x".repeat(10_000);

        assertThat(agencies.byCode(longCode).block()).isNull();
        assertThatThrownBy(() -> agencies.visible(ADMIN, longCode).block())
                .isInstanceOf(NotFoundException.class)
                .hasMessage("没有机构代码为 " + "x".repeat(AgencyDirectory.MAX_CODE_LENGTH) + "… 的机构");
    }

    @Test
    void matchesThePrintedNameWithOrWithoutTheParentsPlace() {
        Agency county = agencies.byCode("city.county").block();
        Agency city = agencies.byCode("city").block();

        assertThat(agencies.isPrintedNameOf(county, "某县人民政府").block()).isTrue();
        assertThat(agencies.isPrintedNameOf(county, "某市某县人民政府").block()).isTrue();
        assertThat(agencies.isPrintedNameOf(county, "某 县 人民政府").block()).isTrue();
        assertThat(agencies.isPrintedNameOf(county, "另一市某县人民政府").block()).isFalse();
        assertThat(agencies.isPrintedNameOf(county, "某市人民政府").block()).isFalse();
        assertThat(agencies.isPrintedNameOf(city, "市人民政府").block()).isFalse();
    }

    @Test
    void movingABodyMovesItsWholeSubtree() {
        Mono.from(dsl.update(AGENCY)
                .set(AGENCY.PARENT_ID, agencies.byCode("other").block().id())
                .where(AGENCY.CODE.eq("city.county"))).block();

        assertThat(agencies.visibleSubtree(ADMIN, "other", null).block()).extracting(Agency::code)
                .containsExactly("other", "city.county", "city.county.town");
        assertThat(agencies.visibleSubtree(ADMIN, "city", null).block()).extracting(Agency::code)
                .containsExactly("city", "city.dept");
    }

    @Test
    void theDatabaseRefusesToPutABodyUnderItsOwnDescendant() {
        long town = agencies.byCode("city.county.town").block().id();

        assertThatThrownBy(() -> Mono.from(dsl.update(AGENCY).set(AGENCY.PARENT_ID, town)
                .where(AGENCY.CODE.eq("city"))).block())
                .hasMessageContaining("不能挂在自己的下级机构之下");
    }

    private Caller caller(Role role, String scopeCode) {
        return new Caller(99, role.name().toLowerCase(), role, agencies.byCode(scopeCode).block().id(), scopeCode);
    }

    private void add(String code, String name, AgencyKind kind, String parent, int order, ReportingPeriod period) {
        agencies.addIfAbsent(new NewAgency(code, name, kind, parent, order, false, List.of(period))).block();
    }
}
