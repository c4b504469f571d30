package cn.nianbao.frontend.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.nianbao.frontend.DashboardTest;
import cn.nianbao.frontend.SignedInAs;
import cn.nianbao.frontend.chart.ChartFigure;
import cn.nianbao.frontend.chart.PaletteColours;
import cn.nianbao.frontend.shell.MainLayout;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.Tile;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxTester;
import org.junit.jupiter.api.Test;

@SignedInAs("supervisor")
@ViewPackages(classes = {OverviewView.class, MainLayout.class})
class OverviewViewTest extends DashboardTest {

    @Test
    void tilesCountTheLatestYearOfTheRegion() {
        navigate(OverviewView.class);
        List<String> values = $(Tile.class).all().stream().map(Tile::value).toList();
        // 12 townships; 2024: 11 reports (白沙乡 missing), 红旗乡 blank, sum of the ten printed numbers 183
        assertEquals(List.of("12", "11", "1", "183"), values);
    }

    @Test
    void chartShowsTheTopEightTownshipsOfTheLatestYearAsLines() {
        navigate(OverviewView.class);
        String svg = $(Svg.class).single().getElement().getProperty("innerHTML");
        assertTrue(svg.startsWith("<svg"));
        assertFalse(svg.contains("<text"));
        // top eight of 2024 by new requests: 南湖 t03, 城关 t05, 青山 t07, 滨江 t12, 北关 t04, 新华 t11, 西城 t02, 柳河 t08
        assertEquals(List.of(1, 2, 3, 4, 6, 7, 10, 11), PaletteColours.usedIn(svg));
    }

    @Test
    void choosingAllTownshipsRedrawsTheChartWithTwelveLines() {
        navigate(OverviewView.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBoxTester<MultiSelectComboBox<Object>, Object> townships =
                test($(MultiSelectComboBox.class).single());
        assertEquals(8, townships.getSelected().size());
        townships.selectItem(townships.getSuggestions().toArray(String[]::new));
        String svg = $(ChartFigure.class).single().svg().getElement().getProperty("innerHTML");
        assertEquals(12, PaletteColours.usedIn(svg).size());
    }

    @Test
    void demoDataIsMarked() {
        navigate(OverviewView.class);
        assertTrue($(ViewHeader.class).single().isDemoShown());
        assertTrue($(BackendErrorMessage.class).all().isEmpty());
    }
}
