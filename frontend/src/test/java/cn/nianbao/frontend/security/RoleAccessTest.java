package cn.nianbao.frontend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.account.ChangePasswordView;
import cn.nianbao.frontend.account.UsersView;
import cn.nianbao.frontend.agency.AgencyTreeView;
import cn.nianbao.frontend.audit.AuditView;
import cn.nianbao.frontend.comparison.TownshipComparisonView;
import cn.nianbao.frontend.importing.ImportView;
import cn.nianbao.frontend.overview.OverviewView;
import cn.nianbao.frontend.quality.DataQualityView;
import cn.nianbao.frontend.report.ReportView;
import cn.nianbao.frontend.shell.AccessDeniedView;
import cn.nianbao.frontend.shell.MainLayout;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * What each role sees: the menu lists exactly the views the role may open, the others end at the Chinese "access
 * denied" page, and every backend call carries the user's token and browser address. The users sign in through the
 * real provider against the stub backend.
 */
@ViewPackages(classes = {MainLayout.class, LoginView.class, OverviewView.class, TownshipComparisonView.class,
        DataQualityView.class, ReportView.class, ImportView.class, UsersView.class, AgencyTreeView.class,
        AuditView.class})
class RoleAccessTest extends DashboardTest {

    private List<String> menu() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private void assertDenied(String route) {
        AccessDeniedView denied = navigate(route, AccessDeniedView.class);
        String text = denied.getElement().getTextRecursively();
        assertTrue(text.contains("无权访问此页面"), text);
        String role = CurrentUser.get().orElseThrow().role().name();
        assertTrue(text.contains(denied.getTranslation("role." + role)), text);
        assertFalse(text.contains("Exception") || text.contains("at cn.") || text.contains("RolesAllowed"), text);
    }

    private static String token() {
        return CurrentUser.authentication().orElseThrow().token().token();
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    @SignedInAs("admin")
    void anAdministratorHasEveryView() {
        navigate(OverviewView.class);
        assertEquals(List.of("总览", "乡镇对比", "数据质量", "年报", "导入", "用户管理", "机构管理", "审计日志", "修改密码"),
                menu());
        navigate(UsersView.class);
        navigate(AgencyTreeView.class);
        navigate(AuditView.class);
        navigate(ImportView.class);
    }

    @Test
    @SignedInAs("supervisor")
    void aSupervisorHasTheRegionViewsImportAndTheAuditLogButNotTheUsers() {
        navigate(OverviewView.class);
        assertEquals(List.of("总览", "乡镇对比", "数据质量", "年报", "导入", "审计日志", "修改密码"), menu());
        navigate(AuditView.class);
        assertDenied("users");
        assertDenied("agencies");
        assertTrue(BackendStub.shared().receivedWith(token()).stream().noneMatch(r -> r.target().startsWith("/api/users")),
                "the users view asked the backend nothing");
    }

    @Test
    @SignedInAs("clerk")
    void aClerkStartsAtTheirOwnReportAndSeesNothingOfTheRegion() {
        ReportView home = navigate("", ReportView.class);
        assertEquals("report/demo-city.t01/2023", currentPath());
        assertTrue(home.getElement().getTextRecursively().contains("示例市东城街道办事处 2023 年政府信息公开工作年度报告"));
        assertEquals(List.of("年报", "导入", "修改密码"), menu());
        for (String route : List.of("comparison", "quality", "audit", "users", "agencies")) {
            assertDenied(route);
        }
        // the overview of the city, even named in the address, is never shown to a clerk
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.of("region", "demo-city"));
        assertTrue($(OverviewView.class).all().isEmpty());
        assertEquals("report/demo-city.t01/2023", currentPath());
        // another body's report is simply not available
        ReportView other = navigate("report/demo-city.t02/2023", ReportView.class);
        assertTrue(other.getElement().getTextRecursively()
                .contains("没有代码为“demo-city.t02”的机关，或该机关不在您的查看范围内。"));
        assertTrue(BackendStub.shared().receivedWith(token()).stream()
                        .noneMatch(r -> r.target().contains("/api/analytics") || r.target().contains("region=demo-city&")),
                "no region figures were asked for");
    }

    @Test
    @SignedInAs("viewer")
    void aViewerReadsTheRegionButHasNoImport() {
        navigate(OverviewView.class);
        assertEquals(List.of("总览", "乡镇对比", "数据质量", "年报", "修改密码"), menu());
        navigate(TownshipComparisonView.class);
        navigate(DataQualityView.class);
        navigate(ReportView.class);
        assertDenied("import");
        assertDenied("audit");
        assertDenied("users");
        assertDenied("agencies");
    }

    @Test
    @WithAnonymousUser
    void withoutSigningInEveryViewLeadsToTheLoginPage() {
        for (String route : List.of("", "comparison", "report/demo-city.t01/2023", "import", "users", "agencies",
                "audit", "password")) {
            navigate(route, LoginView.class);
        }
        assertTrue(CurrentUser.get().isEmpty());
    }

    @Test
    @SignedInAs(value = "supervisor", from = "203.0.113.9")
    void everyCallCarriesTheUsersTokenAndTheBrowsersAddress() {
        String token = token();
        BackendStub.Request login = BackendStub.shared().received("POST /api/auth/login").stream()
                .filter(request -> request.body().contains("\"supervisor\"")).toList().getLast();
        assertEquals("203.0.113.9", login.forwardedFor());
        assertNull(login.authorization());

        navigate(OverviewView.class);
        List<BackendStub.Request> calls = BackendStub.shared().receivedWith(token);
        List<String> keys = calls.stream().map(BackendStub.Request::key).toList();
        assertTrue(keys.containsAll(List.of("GET /api/agencies?depth=3",
                "GET /api/analytics/overview?region=demo-city&kind=TOWNSHIP",
                "GET /api/charts/outcomes/data?region=demo-city&from=2019&to=2024&kind=TOWNSHIP")),
                keys.toString());
        String browser = VaadinRequest.getCurrent().getRemoteAddr();
        assertFalse(browser == null || browser.isBlank());
        for (BackendStub.Request call : calls) {
            assertEquals("Bearer " + token, call.authorization());
            assertEquals(browser, call.forwardedFor(), call.key());
        }
    }

    @Test
    @SignedInAs("newbie")
    void aUserWithAOneTimePasswordIsSentToChangeItWhateverTheyOpen() {
        for (String route : List.of("", "report", "report/demo-city.t01/2023", "import", "users", "no-such-page")) {
            navigate(route, ChangePasswordView.class);
        }
        assertEquals(List.of("修改密码"), menu());
        assertTrue($(ChangePasswordView.class).single().getElement().getTextRecursively()
                .contains("您正在使用管理员设置的一次性密码"));
        assertTrue(BackendStub.shared().receivedWith(token()).isEmpty(), "nothing was asked with a one-time password");
    }
}
