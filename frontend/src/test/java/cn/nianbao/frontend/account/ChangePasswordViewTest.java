package cn.nianbao.frontend.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.importing.ImportView;
import cn.nianbao.frontend.report.ReportView;
import cn.nianbao.frontend.security.CurrentUser;
import cn.nianbao.frontend.shell.MainLayout;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;

/** 修改密码, here for a clerk who signed in with a one-time password and must choose their own first. */
@SignedInAs("newbie")
@ViewPackages(classes = {MainLayout.class, ChangePasswordView.class, ReportView.class, ImportView.class})
class ChangePasswordViewTest extends DashboardTest {

    private PasswordField field(String className) {
        return $(PasswordField.class).withClassName(className).single();
    }

    private void fill(String current, String next, String repeat) {
        test(field("current-password")).setValue(current);
        test(field("new-password")).setValue(next);
        test(field("repeat-password")).setValue(repeat);
        test($(Button.class).withClassName("save-password").single()).click();
    }

    @Test
    void theBackendsReasonsAreShownAtTheFieldsTheyConcern() {
        navigate(ChangePasswordView.class);

        fill("nianbao-demo", "zhang-2026-ok", "zhang-2026-no");
        assertTrue(field("repeat-password").isInvalid());
        assertEquals("两次输入的新密码不一致", field("repeat-password").getErrorMessage());

        fill("falsch-falsch", "zhang-2026-ok", "zhang-2026-ok");
        assertTrue(field("current-password").isInvalid());
        assertEquals("当前密码不正确", field("current-password").getErrorMessage());
        assertFalse(field("new-password").isInvalid());

        fill("nianbao-demo", "kurz", "kurz");
        assertTrue(field("new-password").isInvalid());
        assertEquals("密码至少需要 10 个字符", field("new-password").getErrorMessage());
        assertTrue(CurrentUser.mustChangePassword(), "nothing changed yet");
    }

    @Test
    void afterTheChangeTheNewTokenIsTheSessionsAndTheUserMayWork() {
        navigate(ChangePasswordView.class);
        String oneTimeToken = CurrentUser.authentication().orElseThrow().token().token();
        assertEquals(List.of("修改密码"), menu());

        fill("nianbao-demo", "zhang-2026-ok", "zhang-2026-ok");

        BackendStub.Request change = BackendStub.shared().receivedWith(oneTimeToken).getLast();
        assertEquals("POST /api/auth/password", change.key());
        assertTrue(change.body().contains("\"current_password\":\"nianbao-demo\"")
                && change.body().contains("\"new_password\":\"zhang-2026-ok\""), change.body());
        String newToken = CurrentUser.authentication().orElseThrow().token().token();
        assertNotEquals(oneTimeToken, newToken);
        assertFalse(CurrentUser.mustChangePassword());
        // a clerk again: home is their own report, and the menu has their views
        assertEquals("report/demo-city.t01/2023",
                com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        assertEquals(List.of("年报", "导入", "修改密码"), menu());
        assertFalse(BackendStub.shared().receivedWith(newToken).isEmpty(), "the report was read with the new token");
        assertTrue(BackendStub.shared().receivedWith(oneTimeToken).stream()
                .allMatch(request -> request.key().equals("POST /api/auth/password")));
    }

    private List<String> menu() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
