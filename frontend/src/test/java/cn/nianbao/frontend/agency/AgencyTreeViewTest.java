package cn.nianbao.frontend.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.backend.agencies.Agency;
import cn.nianbao.frontend.security.CurrentUser;
import cn.nianbao.frontend.shell.MainLayout;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;

/** 机构管理 for an administrator, against the stub backend. */
@SignedInAs("admin")
@ViewPackages(classes = {MainLayout.class, AgencyTreeView.class})
class AgencyTreeViewTest extends DashboardTest {

    @SuppressWarnings("unchecked")
    private TreeGrid<Agency> tree() {
        return (TreeGrid<Agency>) $(TreeGrid.class).withClassName("agencies-grid").single();
    }

    private int row(GridTester<Grid<Agency>, Agency> grid, String code) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    /** Clicks the button of {@code className} in the actions cell of the body {@code code}. */
    private void action(String code, String className) {
        GridTester<Grid<Agency>, Agency> grid = test((Grid<Agency>) tree());
        Button button = (Button) grid.getCellComponent(row(grid, code), "actions").getChildren()
                .filter(child -> child.hasClassName(className)).findFirst().orElseThrow();
        test(button).click();
    }

    private AgencyDialog dialog() {
        return $(AgencyDialog.class).single();
    }

    private TextField text(String className) {
        return $(TextField.class, dialog()).withClassName(className).single();
    }

    private IntegerField year(String className, int row) {
        return $(IntegerField.class, dialog()).withClassName(className).all().get(row);
    }

    private void save() {
        test($(Button.class, dialog()).withClassName("save-agency").single()).click();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Agency> parent() {
        return $(ComboBox.class, dialog()).withClassName("agency-parent").single();
    }

    private List<BackendStub.Request> sent(String key) {
        String token = CurrentUser.authentication().orElseThrow().token().token();
        return BackendStub.shared().receivedWith(token).stream().filter(request -> request.key().equals(key)).toList();
    }

    @Test
    void showsTheTopOfTheTreeOpenWithKindsAndReportingYearsInChinese() {
        navigate(AgencyTreeView.class);
        TreeGrid<Agency> tree = tree();
        GridTester<Grid<Agency>, Agency> grid = test((Grid<Agency>) tree);
        assertEquals(14, grid.size(), "the city and the bodies under it");
        Agency city = grid.getRow(row(grid, "demo-city"));
        assertTrue(tree.isExpanded(city), "the top of the tree is open");
        int t01 = row(grid, "demo-city.t01");
        assertEquals("乡镇、街道", grid.getCellText(t01, grid.getColumnPosition("kind")));
        assertEquals("2019 年起", grid.getCellText(t01, grid.getColumnPosition("periods")));
        assertEquals("人民政府", grid.getCellText(row(grid, "demo-city"), grid.getColumnPosition("kind")));
        assertTrue(grid.getCellComponent(t01, "name").getElement().getTextRecursively().contains("示例数据"));
        assertTrue(tree.getColumnByKey("name").isFrozen());
    }

    @Test
    void readsOnlyTheLevelsThatAreOpenNotTheWholeTree() {
        navigate(AgencyTreeView.class);
        GridTester<Grid<Agency>, Agency> grid = test((Grid<Agency>) tree());
        assertEquals(14, grid.size(), "the rows on screen");
        String token = CurrentUser.authentication().orElseThrow().token().token();
        List<String> read = BackendStub.shared().receivedWith(token).stream().map(BackendStub.Request::key)
                .filter(key -> key.startsWith("GET /api/agencies")).toList();
        // the roots with their children (to know which can be opened), then the opened city two levels down
        assertTrue(read.containsAll(List.of("GET /api/agencies?depth=1", "GET /api/agencies?under=demo-city&depth=2")),
                read.toString());
        assertFalse(read.contains("GET /api/agencies"), "never the whole tree: " + read);
        assertTrue(tree().getDataProvider().hasChildren(grid.getRow(row(grid, "demo-city"))));
        assertFalse(tree().getDataProvider().hasChildren(grid.getRow(row(grid, "demo-city.t01"))),
                "a township has nothing below it");
    }

    @Test
    void addingABodyBelowAnotherSendsItsCodeKindParentAndYears() {
        navigate(AgencyTreeView.class);
        action("demo-city", "add-child-agency");
        assertEquals("demo-city", parent().getValue().code(), "the new body goes below the row it was added from");
        assertEquals("demo-city.", text("agency-code").getValue());
        text("agency-code").setValue("demo-city.t13");
        text("agency-name").setValue("示例市新区街道办事处");
        year("period-first-year", 0).setValue(2024);
        save();

        List<BackendStub.Request> created = sent("POST /api/agencies");
        assertEquals(1, created.size());
        assertEquals("{\"code\":\"demo-city.t13\",\"name\":\"示例市新区街道办事处\",\"kind\":\"TOWNSHIP\","
                + "\"parent_code\":\"demo-city\",\"reporting_periods\":[{\"first_year\":2024,\"last_year\":null}]}",
                created.getFirst().body());
        assertTrue($(AgencyDialog.class).all().isEmpty(), "the form is closed");
    }

    @Test
    void closingABodysReportingSendsOnlyTheYears() {
        navigate(AgencyTreeView.class);
        action("demo-city.t01", "edit-agency");
        assertTrue(text("agency-code").isReadOnly(), "a code never changes");
        year("period-last-year", 0).setValue(2022);
        save();

        List<BackendStub.Request> changed = sent("PATCH /api/agencies/demo-city.t01");
        assertEquals(1, changed.size());
        assertEquals("{\"reporting_periods\":[{\"first_year\":2019,\"last_year\":2022}]}", changed.getFirst().body());
    }

    @Test
    void movingABodyToTheTopLevelSendsAnEmptyParent() {
        navigate(AgencyTreeView.class);
        action("demo-city.t02", "edit-agency");
        parent().clear();
        save();
        assertEquals("{\"parent_code\":\"\"}", sent("PATCH /api/agencies/demo-city.t02").getFirst().body());
    }

    @Test
    void theParentPickerOffersNeitherTheBodyNorItsSubordinates() {
        navigate(AgencyTreeView.class);
        action("demo-city", "edit-agency");
        assertTrue(test(parent()).getSuggestions().isEmpty(), "everything else is below the city");
        test($(Button.class, dialog()).withClassName("cancel-agency").single()).click();

        action("demo-city.t01", "edit-agency");
        List<String> offered = test(parent()).getSuggestions();
        assertTrue(offered.contains("示例市") && offered.contains("示例市西城街道办事处"), offered.toString());
        assertFalse(offered.contains("示例市东城街道办事处"), offered.toString());
    }

    @Test
    void whatTheBackendRefusesIsShownWhereItBelongsAndTheFormStaysOpen() {
        navigate(AgencyTreeView.class);
        test($(Button.class).withClassName("new-agency").single()).click();
        text("agency-code").setValue("demo-city.t01");
        text("agency-name").setValue("重复的街道");
        year("period-first-year", 0).setValue(2020);
        save();
        assertTrue(text("agency-code").isInvalid());
        assertEquals("机构代码 demo-city.t01 已被使用", text("agency-code").getErrorMessage());

        text("agency-code").setValue("demo-city.t14");
        year("period-last-year", 0).setValue(2018);
        save();
        assertFalse(text("agency-code").isInvalid());
        assertEquals("应报年度 2020–2018 的截止年度早于起始年度",
                $(com.vaadin.flow.component.html.Div.class, dialog()).withClassName("reporting-periods-problem")
                        .single().getText());
        assertEquals(1, $(AgencyDialog.class).all().size(), "the form stays open to be corrected");
    }

    @Test
    void aPeriodWithoutItsFirstYearIsMarkedBeforeAnythingIsSent() {
        navigate(AgencyTreeView.class);
        action("demo-city.t03", "edit-agency");
        test($(Button.class, dialog()).withClassName("add-period").single()).click();
        save();
        IntegerField added = year("period-first-year", 1);
        assertTrue(added.isInvalid());
        assertEquals("请填写起始年度", added.getErrorMessage());
        assertTrue(sent("PATCH /api/agencies/demo-city.t03").isEmpty());

        test($(Button.class, dialog()).withClassName("remove-period").all().get(1)).click();
        save();
        assertTrue(sent("PATCH /api/agencies/demo-city.t03").isEmpty(), "nothing changed, so nothing was sent");
    }
}
