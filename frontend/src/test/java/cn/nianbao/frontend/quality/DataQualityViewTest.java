package cn.nianbao.frontend.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.backend.analytics.BodySeries;
import cn.nianbao.frontend.shell.MainLayout;
import cn.nianbao.frontend.ui.Tile;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import org.junit.jupiter.api.Test;

@SignedInAs("viewer")
@ViewPackages(classes = {DataQualityView.class, MainLayout.class})
class DataQualityViewTest extends DashboardTest {

    @Test
    void everyBodyAndYearShowsTheBackendsStateAndEachYearCountsItsMissingReports() {
        navigate(DataQualityView.class);
        @SuppressWarnings("unchecked")
        Grid<BodySeries> grid = $(Grid.class).withClassName("completeness-grid").single();
        GridTester<Grid<BodySeries>, BodySeries> matrix = test(grid);
        // twelve townships and the 教育局: all bodies under the region, not only townships
        assertEquals(13, matrix.size());
        assertEquals("不需报送", matrix.getCellComponent(11, "2019").getElement().getText());
        assertEquals("空白", matrix.getCellComponent(4, "2021").getElement().getText());
        assertEquals("缺报", matrix.getCellComponent(8, "2024").getElement().getText());
        assertEquals("缺表三", matrix.getCellComponent(5, "2023").getElement().getText());
        assertEquals("已填报", matrix.getCellComponent(0, "2024").getElement().getText());
        assertEquals("缺报 0", grid.getFooterRows().get(0).getCell(grid.getColumnByKey("2019")).getText());
        assertEquals("缺报 1", grid.getFooterRows().get(0).getCell(grid.getColumnByKey("2024")).getText());
    }

    @Test
    void theYearsReportingFiguresAreTheBackendsTiles() {
        navigate(DataQualityView.class);
        // overview-all-2024.json: 13 expected, 12 reported, 1 missing, 11 on time
        assertEquals(List.of("13", "12", "1", "11"), $(Tile.class).all().stream().map(Tile::value).toList());
    }
}
