package cn.nianbao.frontend.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.User;
import cn.nianbao.frontend.backend.agencies.FoundAgency;
import cn.nianbao.frontend.security.CurrentUser;
import cn.nianbao.frontend.shell.MainLayout;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** 用户管理 for an administrator, against the stub backend. */
@SignedInAs("admin")
@ViewPackages(classes = {MainLayout.class, UsersView.class})
class UsersViewTest extends DashboardTest {

    @SuppressWarnings("unchecked")
    private GridTester<Grid<User>, User> grid() {
        return test((Grid<User>) $(Grid.class).withClassName("users-grid").single());
    }

    private int row(GridTester<Grid<User>, User> grid, String username) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).username().equals(username)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + username);
    }

    private void click(String className) {
        test($(Button.class).withClassName(className).single()).click();
    }

    private String token() {
        return CurrentUser.authentication().orElseThrow().token().token();
    }

    @Test
    void listsEveryUserWithRoleScopeStatusAndLockInChinese() {
        navigate(UsersView.class);
        GridTester<Grid<User>, User> grid = grid();
        assertEquals(9, grid.size());
        int supervisor = row(grid, "supervisor");
        assertEquals("示例市督查员", grid.getCellText(supervisor, grid.getColumnPosition("display_name")));
        assertEquals("督查", grid.getCellText(supervisor, grid.getColumnPosition("role")));
        assertEquals("示例市", grid.getCellText(supervisor, grid.getColumnPosition("scope")));
        assertEquals("全部机构", grid.getCellText(row(grid, "admin"), grid.getColumnPosition("scope")));
        assertEquals("示例市东城街道办事处", grid.getCellText(row(grid, "clerk"), grid.getColumnPosition("scope")));
        assertTrue(grid.getCellComponent(row(grid, "retired"), "status").getElement().getTextRecursively()
                .contains("已停用"));
        assertTrue(grid.getCellComponent(row(grid, "newbie"), "status").getElement().getTextRecursively()
                .contains("待修改初始密码"));
        // 02:45 UTC is 10:45 in Beijing
        assertEquals("2026-03-01 10:45", grid.getCellText(row(grid, "locked"), grid.getColumnPosition("locked_until")));
    }

    @Test
    void findsUsersByNameOrScopeThroughTheBackend() {
        navigate(UsersView.class);
        TextField search = $(TextField.class).withClassName("users-search").single();

        test(search).setValue("东城街道");
        // one request a search: the page read to check it is the grid's first page, not asked for again
        assertEquals(List.of("GET /api/users?q=%E4%B8%9C%E5%9F%8E%E8%A1%97%E9%81%93&offset=0&limit=50"),
                BackendStub.shared().receivedWith(token()).stream().map(BackendStub.Request::key)
                        .filter(key -> key.startsWith("GET /api/users?q=%E4")).toList());
        GridTester<Grid<User>, User> grid = grid();
        assertEquals(List.of("clerk", "newbie"), List.of(grid.getRow(0).username(), grid.getRow(1).username()));
        assertEquals(2, grid.size());
        assertTrue(BackendStub.shared().receivedWith(token()).stream().anyMatch(request -> request.key()
                .startsWith("GET /api/users?q=%E4%B8%9C%E5%9F%8E%E8%A1%97%E9%81%93&offset=0")), "searched by the backend");

        test(search).setValue("nobody-has-this-name");
        assertEquals(0, grid().size());
        assertEquals("没有符合条件的用户", $(Grid.class).withClassName("users-grid").single().getEmptyStateText());
        test(search).clear();
        assertEquals(9, grid().size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void creatingAUserShowsTheOneTimePasswordOnce() {
        navigate(UsersView.class);
        click("new-user");
        UserDialog dialog = $(UserDialog.class).single();
        test($(TextField.class, dialog).withClassName("user-username").single()).setValue("wangwu");
        test($(TextField.class, dialog).withClassName("user-display-name").single()).setValue("王五");
        test((Select<Role>) $(Select.class, dialog).single()).selectItem("督查");
        test((ComboBox<Object>) $(ComboBox.class, dialog).single()).selectItem("示例市");
        test($(Button.class, dialog).withClassName("save-user").single()).click();

        BackendStub.Request create = BackendStub.shared().receivedWith(token()).stream()
                .filter(request -> request.key().equals("POST /api/users")).findFirst().orElseThrow();
        assertTrue(create.body().contains("\"username\":\"wangwu\"") && create.body().contains("\"role\":\"SUPERVISOR\"")
                && create.body().contains("\"scope_agency_code\":\"demo-city\"")
                && create.body().contains("\"display_name\":\"王五\""), create.body());
        assertTrue($(UserDialog.class).all().isEmpty(), "the form is closed");
        OneTimePasswordDialog shown = $(OneTimePasswordDialog.class).single();
        assertEquals(BackendStub.ONE_TIME_PASSWORD, shown.shownPassword());
        String text = shown.getElement().getTextRecursively();
        assertTrue(text.contains("王五（wangwu）"), text);
        assertTrue(text.contains("此密码只显示这一次"), text);

        test($(Button.class, shown).withClassName("close-one-time-password").single()).click();
        assertTrue($(OneTimePasswordDialog.class).all().isEmpty());
        assertTrue($(Dialog.class).all().isEmpty(), "the password is nowhere on the page any more");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScopeIsFoundByNameAPageAtATimeWithThePlacesAboveIt() {
        navigate(UsersView.class);
        click("new-user");
        UserDialog dialog = $(UserDialog.class).single();
        ComboBox<FoundAgency> scope = $(ComboBox.class, dialog).single();
        ComboBoxTester<ComboBox<FoundAgency>, FoundAgency> picker = test(scope);

        picker.setFilter("城关");
        assertEquals(List.of("示例市城关镇人民政府（示例市）"), picker.getSuggestions());
        List<BackendStub.Request> asked = BackendStub.shared().receivedWith(token());
        assertTrue(asked.stream().anyMatch(request -> request.key().startsWith("GET /api/agencies/search?q=")
                && request.key().contains("limit=")), "searched by the backend");
        assertTrue(asked.stream().noneMatch(request -> request.key().equals("GET /api/agencies")),
                "the tree is never loaded whole");
        // text longer than the backend takes finds nothing, without asking
        int searches = BackendStub.shared().received("GET /api/agencies/search").size();
        picker.setFilter("镇".repeat(UserDialog.MAX_QUERY + 1));
        assertEquals(List.of(), picker.getSuggestions());
        assertEquals(searches, BackendStub.shared().received("GET /api/agencies/search").size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUsersScopeIsShownWhenTheirFormOpens() {
        navigate(UsersView.class);
        GridTester<Grid<User>, User> grid = grid();
        Button edit = (Button) grid.getCellComponent(row(grid, "clerk"), "actions").getChildren()
                .filter(button -> button.hasClassName("edit-user")).findFirst().orElseThrow();
        test(edit).click();

        ComboBox<FoundAgency> scope = $(ComboBox.class, $(UserDialog.class).single()).single();
        assertEquals("demo-city.t01", scope.getValue().code());
        assertEquals("示例市东城街道办事处", scope.getItemLabelGenerator().apply(scope.getValue()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void whatTheBackendRefusesIsShownAtTheField() {
        navigate(UsersView.class);
        click("new-user");
        UserDialog dialog = $(UserDialog.class).single();
        test($(TextField.class, dialog).withClassName("user-username").single()).setValue("zhaoliu");
        test((Select<Role>) $(Select.class, dialog).single()).selectItem("填报");
        test($(Button.class, dialog).withClassName("save-user").single()).click();

        ComboBox<Object> scope = $(ComboBox.class, dialog).single();
        assertTrue(scope.isInvalid());
        assertEquals("填报用户必须指定所属机构", scope.getErrorMessage());
        assertTrue($(OneTimePasswordDialog.class).all().isEmpty());
        assertEquals(1, $(UserDialog.class).all().size(), "the form stays open to be corrected");
    }

    @Test
    void resettingAPasswordShowsTheNewOneTimePassword() {
        navigate(UsersView.class);
        GridTester<Grid<User>, User> grid = grid();
        Button reset = (Button) grid.getCellComponent(row(grid, "clerk"), "actions").getChildren()
                .filter(button -> button.hasClassName("reset-password")).findFirst().orElseThrow();
        test(reset).click();
        test($(Button.class).withClassName("confirm").single()).click();

        assertTrue(BackendStub.shared().receivedWith(token()).stream()
                .anyMatch(request -> request.key().equals("POST /api/users/clerk/password-reset")));
        OneTimePasswordDialog shown = $(OneTimePasswordDialog.class).single();
        assertEquals(BackendStub.ONE_TIME_PASSWORD, shown.shownPassword());
        assertEquals("密码已重置", shown.getHeaderTitle());
    }

    @Test
    void disablingAUserAsksFirstAndSendsOnlyThatChange() {
        navigate(UsersView.class);
        GridTester<Grid<User>, User> grid = grid();
        Button disable = (Button) grid.getCellComponent(row(grid, "viewer"), "actions").getChildren()
                .filter(button -> button.hasClassName("disable-user")).findFirst().orElseThrow();
        test(disable).click();
        Dialog confirm = $(Dialog.class).withClassName("confirm-dialog").single();
        assertTrue(confirm.getElement().getTextRecursively().contains("将无法登录"));
        test($(Button.class, confirm).withClassName("confirm").single()).click();

        List<BackendStub.Request> patches = BackendStub.shared().receivedWith(token()).stream()
                .filter(request -> request.key().equals("PATCH /api/users/viewer")).toList();
        assertEquals(1, patches.size());
        assertEquals("{\"disabled\":true}", patches.getFirst().body());
    }
}
