package cn.nianbao.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.nianbao.frontend.backend.analytics.BodySeries;
import cn.nianbao.frontend.backend.analytics.RankingLine;
import cn.nianbao.frontend.comparison.TownshipComparisonView;
import cn.nianbao.frontend.overview.OverviewView;
import cn.nianbao.frontend.quality.DataQualityView;
import cn.nianbao.frontend.shell.MainLayout;
import cn.nianbao.frontend.ui.Tile;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

/**
 * 总览, 乡镇对比 and 数据质量 show the same thing for the same body and year: the states and figures come from the
 * backend, and each page names them the same way.
 */
@SignedInAs("supervisor")
@ViewPackages(classes = {OverviewView.class, TownshipComparisonView.class, DataQualityView.class, MainLayout.class})
class RegionViewsAgreeTest extends DashboardTest {

    @Test
    @SuppressWarnings("unchecked")
    void theQualityMatrixAndTheRankingNameEveryTownshipsYearAlike() {
        UI.getCurrent().navigate(DataQualityView.class, QueryParameters.of("kind", "TOWNSHIP"));
        GridTester<Grid<BodySeries>, BodySeries> matrix =
                test((Grid<BodySeries>) $(Grid.class).withClassName("completeness-grid").single());
        Map<String, String> quality2023 = new LinkedHashMap<>();
        Map<String, String> quality2024 = new LinkedHashMap<>();
        for (int i = 0; i < matrix.size(); i++) {
            quality2023.put(matrix.getRow(i).agencyName(), matrix.getCellComponent(i, "2023").getElement().getText());
            quality2024.put(matrix.getRow(i).agencyName(), matrix.getCellComponent(i, "2024").getElement().getText());
        }
        String missing2024 = ((Grid<BodySeries>) $(Grid.class).withClassName("completeness-grid").single())
                .getFooterRows().get(0).getCell(matrix.getComponent().getColumnByKey("2024")).getText();

        navigate(TownshipComparisonView.class);
        GridTester<Grid<RankingLine>, RankingLine> ranking =
                test((Grid<RankingLine>) $(Grid.class).withClassName("ranking-grid").single());
        Map<String, String> ranking2023 = new LinkedHashMap<>();
        Map<String, String> ranking2024 = new LinkedHashMap<>();
        for (int i = 0; i < ranking.size(); i++) {
            ranking2023.put(ranking.getRow(i).agencyName(), state(ranking.getCellComponent(i, "previous")
                    .getElement().getTextRecursively()));
            ranking2024.put(ranking.getRow(i).agencyName(), state(ranking.getCellComponent(i, "current")
                    .getElement().getTextRecursively()));
        }
        assertEquals(new java.util.TreeMap<>(quality2023), new java.util.TreeMap<>(ranking2023));
        assertEquals(new java.util.TreeMap<>(quality2024), new java.util.TreeMap<>(ranking2024));
        assertEquals("缺表三", quality2023.get("示例市石嘴镇人民政府"));

        navigate(OverviewView.class);
        String missingTile = $(Tile.class).all().stream().filter(tile -> tile.key().equals("bodies_missing"))
                .findFirst().orElseThrow().value();
        assertEquals("缺报 " + missingTile, missing2024, "the overview's missing reports are the matrix's");
    }

    /** A number stands for 已填报 in the matrix; any other cell already names its state. */
    private static String state(String cell) {
        return cell.matches("[0-9.%（）n=]+") ? "已填报" : cell;
    }
}
