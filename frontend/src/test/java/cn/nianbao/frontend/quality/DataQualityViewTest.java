package cn.nianbao.frontend.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.backend.NewRequests.AgencySeries;
import cn.nianbao.frontend.shell.MainLayout;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import org.junit.jupiter.api.Test;

@SignedInAs("viewer")
@ViewPackages(classes = {DataQualityView.class, MainLayout.class})
class DataQualityViewTest extends DashboardTest {

    @Test
    void everyBodyAndYearShowsItsStateAndEachYearCountsReceivedAgainstExpected() {
        navigate(DataQualityView.class);
        @SuppressWarnings("unchecked")
        Grid<AgencySeries> grid = $(Grid.class).single();
        GridTester<Grid<AgencySeries>, AgencySeries> matrix = test(grid);
        // twelve townships and the 教育局: all bodies under the region, not only townships
        assertEquals(13, matrix.size());
        assertEquals("不适用", matrix.getCellComponent(11, "2019").getElement().getText());
        assertEquals("空白", matrix.getCellComponent(4, "2021").getElement().getText());
        assertEquals("缺报", matrix.getCellComponent(8, "2024").getElement().getText());
        assertEquals("已填报", matrix.getCellComponent(0, "2024").getElement().getText());
        assertEquals("12 / 12", grid.getFooterRows().get(0).getCell(grid.getColumnByKey("2019")).getText());
        assertEquals("12 / 13", grid.getFooterRows().get(0).getCell(grid.getColumnByKey("2024")).getText());
    }
}
