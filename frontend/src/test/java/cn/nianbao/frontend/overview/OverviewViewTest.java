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

    private Tile tile(String id) {
        return $(Tile.class).all().stream().filter(tile -> tile.key().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theTilesAreTheBackendsFiguresForTheLatestYear() {
        navigate(OverviewView.class);
        List<String> values = $(Tile.class).all().stream().map(Tile::value).toList();
        // overview-township-2024.json: 12 expected, 11 reported, 1 missing, 10 on time, 183 new requests …
        assertEquals(List.of("12", "11", "1", "10", "183", "70.2%", "7", "2", "16.7%"), values);
        assertEquals("比 2023 年 −21（−10.3%）", tile("requests.new_received.total").note());
        assertEquals("比 2023 年 +1", tile("bodies_missing").note(), "no rate of change from 0");
        assertEquals("（n=171） 比 2023 年 +2.7 个百分点", tile("rate.disclosure").note());
    }

    @Test
    void aRateFromTooFewCasesIsGreyedWithItsSampleSize() {
        navigate(OverviewView.class);
        Tile correction = tile("rate.correction");
        assertTrue(correction.getElement().getAttribute("title").contains("样本只有 6 件"),
                correction.getElement().getAttribute("title"));
        assertTrue(correction.note().startsWith("（n=6）"), correction.note());
        Tile disclosure = tile("rate.disclosure");
        assertEquals(null, disclosure.getElement().getAttribute("title"), "171 cases are enough");
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
    void thePickerAnnouncesItsSelectionInChinese() {
        navigate(OverviewView.class);
        MultiSelectComboBox<?> townships = $(MultiSelectComboBox.class).single();
        assertEquals("已选择 {count} 项", townships.getI18n().getTotal());
        assertEquals("已清除选择", townships.getI18n().getCleared());
    }

    @Test
    void demoDataIsMarked() {
        navigate(OverviewView.class);
        assertTrue($(ViewHeader.class).single().isDemoShown());
        assertTrue($(BackendErrorMessage.class).all().isEmpty());
    }
}
