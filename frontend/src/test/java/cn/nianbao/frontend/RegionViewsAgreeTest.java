package cn.nianbao.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import cn.nianbao.frontend.backend.analytics.RankingLine;
import cn.nianbao.frontend.backend.quality.Completeness;
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
    void theQualityMatrixTheRankingAndTheOverviewAgreeOnTheMissingReports() {
        UI.getCurrent().navigate(DataQualityView.class, QueryParameters.of("kind", "TOWNSHIP"));
        GridTester<Grid<Completeness.BodyRow>, Completeness.BodyRow> matrix =
                test((Grid<Completeness.BodyRow>) $(Grid.class).withClassName("completeness-grid").single());
        Set<String> missing2023 = new TreeSet<>();
        Set<String> missing2024 = new TreeSet<>();
        for (int i = 0; i < matrix.size(); i++) {
            if (matrix.getCellComponent(i, "2023").getElement().getText().equals("缺报")) {
                missing2023.add(matrix.getRow(i).agencyName());
            }
            if (matrix.getCellComponent(i, "2024").getElement().getText().equals("缺报")) {
                missing2024.add(matrix.getRow(i).agencyName());
            }
        }

        navigate(TownshipComparisonView.class);
        GridTester<Grid<RankingLine>, RankingLine> ranking =
                test((Grid<RankingLine>) $(Grid.class).withClassName("ranking-grid").single());
        Set<String> ranking2023 = new TreeSet<>();
        Set<String> ranking2024 = new TreeSet<>();
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.getCellComponent(i, "previous").getElement().getTextRecursively().equals("缺报")) {
                ranking2023.add(ranking.getRow(i).agencyName());
            }
            if (ranking.getCellComponent(i, "current").getElement().getTextRecursively().equals("缺报")) {
                ranking2024.add(ranking.getRow(i).agencyName());
            }
        }
        assertEquals(ranking2023, missing2023);
        assertEquals(ranking2024, missing2024);
        assertEquals(Set.of("示例市白沙乡人民政府"), missing2024);

        navigate(OverviewView.class);
        String missingTile = $(Tile.class).all().stream().filter(tile -> tile.key().equals("bodies_missing"))
                .findFirst().orElseThrow().value();
        assertEquals(missingTile, String.valueOf(missing2024.size()), "the overview's missing reports are the matrix's");
    }
}
