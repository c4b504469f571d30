package cn.nianbao.frontend.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import cn.nianbao.frontend.TestData;
import cn.nianbao.frontend.backend.analytics.BodySeries;
import cn.nianbao.frontend.backend.analytics.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class SeriesChartTest {

    private static final Series DATA = TestData.read("analytics/series-township.json", Series.class);
    private static final SeriesChart.Labels LABELS = new SeriesChart.Labels(
            "示例市各乡镇（街道）本年新收政府信息公开申请数量", "年度", "申请数量（件）",
            "注：空白、缺报的年度不画点。");

    private static JFreeChart chartOfAll() {
        return SeriesChart.create(DATA,
                DATA.series().stream().map(BodySeries::agencyCode).toList(), LABELS);
    }

    @Test
    void yearsAreIntegerCategoriesAndOnlyPrintedNumbersArePoints() {
        CategoryDataset dataset = ((CategoryPlot) chartOfAll().getPlot()).getDataset();
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024), dataset.getColumnKeys());
        assertEquals(12, dataset.getRowCount());
        // 城关镇 2021 is printed blank, 青山镇 2022 missing, 石嘴镇 2023 without 表三, 滨江街道 not expected before
        // 2021: gaps, not zeros
        assertNull(value(dataset, "城关镇人民政府", 2021));
        assertNull(value(dataset, "青山镇人民政府", 2022));
        assertNull(value(dataset, "石嘴镇人民政府", 2023));
        assertNull(value(dataset, "滨江街道办事处", 2019));
        assertEquals(35, value(dataset, "城关镇人民政府", 2024).intValue());
    }

    @Test
    void legendShowsTownshipNamesWithoutTheRegionPrefix() {
        List<String> legend = new ArrayList<>();
        var items = chartOfAll().getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.add(items.get(i).getLabel());
        }
        assertEquals(12, legend.size());
        assertEquals("东城街道办事处", legend.get(0));
        assertTrue(legend.contains("滨江街道办事处"));
    }

    @Test
    void everyTextOfTheChartIsSetInTheShippedCjkFont() {
        JFreeChart chart = chartOfAll();
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        List<Font> fonts = List.of(chart.getTitle().getFont(), plot.getDomainAxis().getLabelFont(),
                plot.getDomainAxis().getTickLabelFont(), plot.getRangeAxis().getLabelFont(),
                plot.getRangeAxis().getTickLabelFont(), chart.getLegend().getItemFont());
        for (Font font : fonts) {
            assertEquals(ChartFonts.family(), font.getFamily());
            assertEquals(-1, font.canDisplayUpTo(LABELS.title() + LABELS.countAxis() + "东城街道办事处"));
        }
    }

    @Test
    void svgDrawsTextAsShapesSoNoBrowserFontIsNeeded() {
        String svg = ChartRenderer.toSvg(chartOfAll(), 1100, 540);
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"));
        assertTrue(svg.contains("viewBox=\"0 0 1100 540\""));
        assertFalse(svg.contains("<text"), "no <text> element: text is drawn as paths");
        assertFalse(svg.contains("东城"), "no Chinese characters as markup");
        assertTrue(count(svg, "<path") > 100, "glyph outlines and lines are paths");
    }

    @Test
    void svgTextShapesFollowTheTextDrawn() {
        String city = ChartRenderer.toSvg(SeriesChart.create(DATA, List.of("demo-city.t01"), LABELS), 600, 300);
        String county = ChartRenderer.toSvg(SeriesChart.create(DATA, List.of("demo-city.t01"),
                new SeriesChart.Labels("示例县各乡镇本年新收申请数量", "年度", "申请数量（件）", null)), 600, 300);
        assertFalse(city.equals(county));
    }

    @Test
    void eachShownTownshipIsALineInItsOwnPaletteColour() {
        List<String> shown = List.of("demo-city.t01", "demo-city.t03", "demo-city.t05");
        String svg = ChartRenderer.toSvg(SeriesChart.create(DATA, shown, LABELS), 1100, 540);
        // a township keeps the colour of its place among all townships: t01 → 0, t03 → 2, t05 → 4
        assertEquals(List.of(0, 2, 4), PaletteColours.usedIn(svg));
    }

    @Test
    void pngHasTheRequestedSizeAndInk() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.toPng(chartOfAll(), 1100, 540)));
        assertEquals(1100, image.getWidth());
        assertEquals(540, image.getHeight());
        int dark = 0;
        // the title band: the Chinese title leaves dark pixels there
        for (int x = 0; x < 1100; x++) {
            for (int y = 0; y < 40; y++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 300, "title drawn, " + dark + " dark pixels");
    }

    private static Number value(CategoryDataset dataset, String shortName, int year) {
        List<String> names = new ArrayList<>();
        dataset.getRowKeys().forEach(key -> names.add(key.toString()));
        int row = names.indexOf(shortName);
        return dataset.getValue(row, dataset.getColumnIndex(year));
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
