package cn.nianbao.frontend.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.account.ChangePasswordView;
import cn.nianbao.frontend.audit.AuditView;
import cn.nianbao.frontend.comparison.TownshipComparisonView;
import cn.nianbao.frontend.importing.ImportView;
import cn.nianbao.frontend.overview.OverviewView;
import cn.nianbao.frontend.quality.DataQualityView;
import cn.nianbao.frontend.report.ReportView;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

@SignedInAs("supervisor")
@ViewPackages(classes = {MainLayout.class, OverviewView.class, TownshipComparisonView.class, DataQualityView.class,
        ReportView.class, ImportView.class, AuditView.class, ChangePasswordView.class})
class MainLayoutTest extends DashboardTest {

    @Test
    void navigationListsTheSupervisorsAreasInChineseByDefault() {
        navigate(ImportView.class);
        assertEquals(Locale.SIMPLIFIED_CHINESE, UI.getCurrent().getLocale());
        List<SideNavItem> items = $(SideNav.class).single().getItems();
        assertEquals(List.of("总览", "乡镇对比", "数据质量", "年报", "导入", "审计日志", "修改密码"),
                items.stream().map(SideNavItem::getLabel).toList());
        assertEquals(List.of("", "comparison", "quality", "report", "import", "audit", "password"),
                items.stream().map(SideNavItem::getPath).toList());
        assertTrue($(MainLayout.class).single().getElement().getTextRecursively().contains("政府信息公开工作年度报告分析"));
    }

    @Test
    void theHeaderNamesTheSignedInUserWithRoleAndScopeAndOffersSigningOut() {
        navigate(ImportView.class);
        String header = $(MainLayout.class).single().getElement().getTextRecursively();
        assertTrue(header.contains("示例市督查员") && header.contains("督查") && header.contains("示例市"), header);
        assertTrue(header.contains("退出"), header);
    }

    @Test
    void theLanguageSwitchTurnsThePagesIntoEnglish() {
        navigate(ImportView.class);
        @SuppressWarnings("unchecked")
        Select<Locale> language = $(Select.class).single();
        test(language).selectItem("English");
        assertEquals(Locale.ENGLISH, UI.getCurrent().getLocale());
        navigate(ReportView.class, Map.of());
        assertTrue($(ReportView.class).single().getElement().getTextRecursively()
                .contains("Choose an agency and a year."));
    }

    @Test
    void aFailingPageShowsAChineseMessageAndNoStackTrace() {
        navigate("failing-test-view", ErrorView.class);
        String text = $(ErrorView.class).single().getElement().getTextRecursively();
        assertTrue(text.contains("页面出错了"), text);
        assertFalse(text.contains("Exception") || text.contains("boom") || text.contains("at cn."), text);
    }

    @Test
    void anUnknownAddressSaysThePageDoesNotExist() {
        navigate("no-such-page", NotFoundView.class);
        String text = $(NotFoundView.class).single().getElement().getTextRecursively();
        assertTrue(text.contains("页面不存在"), text);
        assertFalse(text.contains("failing-test-view"), "routes are not listed");
    }
}
