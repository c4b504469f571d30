package cn.nianbao.frontend.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.shell.MainLayout;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

@SignedInAs("supervisor")
@ViewPackages(classes = {TownshipComparisonView.class, MainLayout.class})
class TownshipComparisonViewTest extends DashboardTest {

    @SuppressWarnings("unchecked")
    private List<TownshipRanking.Line> ranking() {
        Grid<TownshipRanking.Line> grid = $(Grid.class).single();
        return grid.getGenericDataView().getItems().toList();
    }

    @Test
    void ranksTheLatestYearAndPutsTownshipsWithoutANumberLast() {
        navigate(TownshipComparisonView.class);
        List<TownshipRanking.Line> lines = ranking();
        assertEquals(12, lines.size());
        assertEquals("示例市南湖街道办事处", lines.get(0).agencyName());
        assertEquals(1, lines.get(0).rank());
        assertEquals(2, lines.get(0).change()); // 35 → 37
        // 白沙乡 (missing) and 红旗乡 (blank) in 2024: no rank, no change, at the end in tree order
        assertEquals("示例市白沙乡人民政府", lines.get(10).agencyName());
        assertNull(lines.get(10).rank());
        assertEquals("示例市红旗乡人民政府", lines.get(11).agencyName());
        assertNull(lines.get(11).change());
    }

    @Test
    void anotherYearRanksThatYearAgainstItsPredecessor() {
        navigate(TownshipComparisonView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> year = $view(Select.class).single();
        test(year).selectItem("2022");
        List<TownshipRanking.Line> lines = ranking();
        assertEquals("示例市南湖街道办事处", lines.get(0).agencyName());
        assertEquals(-1, lines.get(0).change()); // 34 → 33
        // 城关镇 was blank in 2021: it ranks in 2022, but has no change
        TownshipRanking.Line chengguan = lines.stream()
                .filter(line -> line.agencyName().equals("示例市城关镇人民政府")).findFirst().orElseThrow();
        assertEquals(27, chengguan.current().value());
        assertNull(chengguan.change());
    }
}
