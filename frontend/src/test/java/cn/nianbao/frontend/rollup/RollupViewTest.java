package cn.nianbao.frontend.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.shell.MainLayout;
import cn.nianbao.frontend.template.TemplateRow;
import cn.nianbao.frontend.ui.Tile;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

@SignedInAs("supervisor")
@ViewPackages(classes = {RollupView.class, MainLayout.class})
class RollupViewTest extends DashboardTest {

    @SuppressWarnings("unchecked")
    private GridTester<Grid<TemplateRow>, TemplateRow> requests() {
        return test((Grid<TemplateRow>) $(Grid.class).withClassName("requests-table").single());
    }

    private int row(GridTester<Grid<TemplateRow>, TemplateRow> grid, String label) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void theBodiesAndTheSumsAreTheBackendsInTheTemplatesLayout() {
        UI.getCurrent().navigate(RollupView.class, QueryParameters.simple(Map.of("kind", "TOWNSHIP", "year", "2022")));
        // analytics/rollup-2022.json: 27 bodies, 26 expected, 25 reported, 1 missing
        assertEquals(List.of("27", "26", "25", "1"), $(Tile.class).all().stream().map(Tile::value).toList());
        GridTester<Grid<TemplateRow>, TemplateRow> table = requests();
        int received = row(table, "一、本年新收政府信息公开申请数量");
        assertEquals("889", table.getCellComponent(received, "total").getElement().getTextRecursively());
        // 新华乡 left 科研机构 blank: the sum is of the other bodies, and the cell says one body left it blank
        assertEquals("71 空白", table.getCellComponent(received, "research").getElement().getTextRecursively());
        assertEquals("requests.new_received.research",
                table.getCellComponent(received, "research").getElement().getAttribute("data-path"));
        assertEquals("", table.getCellComponent(received, "natural_person").getElement().getChildren()
                .filter(child -> child.getClassList().contains("cell-mark")).map(child -> child.getText())
                .reduce("", String::concat), "no blank, no mark");
        List<String> notes = $(ListItem.class).all().stream().map(ListItem::getText).toList();
        assertTrue(notes.contains("1 个应报机构未报送年报，不在合计中"), notes.toString());
        assertTrue($(Span.class).all().stream().anyMatch(span -> "示例市".equals(span.getText())
                && span.hasClassName("breadcrumb-current")));
    }

    @Test
    void theRollupOfTheLatestYearHasNoBlanksToMark() {
        navigate(RollupView.class);
        assertTrue($(Span.class).withClassName("mark-blank").all().isEmpty());
        GridTester<Grid<TemplateRow>, TemplateRow> table = requests();
        assertEquals("1086", table.getCellComponent(row(table, "一、本年新收政府信息公开申请数量"), "total").getElement()
                .getTextRecursively());
    }
}
