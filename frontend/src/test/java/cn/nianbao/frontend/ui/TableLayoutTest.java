package cn.nianbao.frontend.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;

/** The one layout of every table: header and data cells share their widths because every width is in rem. */
class TableLayoutTest {

    private record Row(String name, int total) {
    }

    private static double rem(Grid.Column<?> column) {
        String width = column.getWidth();
        assertTrue(width.endsWith("rem"), () -> column.getKey() + " is " + width + ": only rem keeps header and cells"
                + " in line (Vaadin sets header letters smaller than cell letters, so em differs between them)");
        return Double.parseDouble(width.substring(0, width.length() - "rem".length()));
    }

    private static TableLayout<Row> table() {
        return TableLayout.of(new Grid<>(), "test-grid");
    }

    @Test
    void everyKindOfColumnIsSizedInRem() {
        TableLayout<Row> table = table();
        table.number("rank", "排名", row -> new Span("1"), TableLayout.digitsRem(2));
        table.label("name", "机关", row -> new Span(row.name()), 16);
        table.text("kind", "类别", Row::name, 6, 0);
        table.component("state", "状态", row -> new Span(), 6.5, 0);
        table.number("total", "总计", row -> new Span(String.valueOf(row.total())), TableLayout.digitsRem(4));
        table.grid().getColumns().forEach(TableLayoutTest::rem);
        assertTrue(table.grid().hasClassName("table-layout") && table.grid().hasClassName("test-grid"));
    }

    @Test
    void theLabelColumnIsFrozenWithTheColumnsBeforeItAndTakesTheRoomLeft() {
        TableLayout<Row> table = table();
        table.number("rank", "排名", row -> new Span("1"), 1);
        Grid.Column<Row> name = table.label("name", "机关", row -> new Span(row.name()), 16);
        Grid.Column<Row> total = table.number("total", "总计", row -> new Span(), 1);
        assertEquals(List.of(true, true, false), table.grid().getColumns().stream().map(Grid.Column::isFrozen)
                .toList());
        assertEquals(1, name.getFlexGrow());
        assertEquals(0, total.getFlexGrow(), "numbers keep their width; the label grows");
        assertEquals(ColumnTextAlign.END, total.getTextAlign());
    }

    @Test
    void aNumberColumnFitsItsLongestNumberSoATotalIsNeverCut() {
        TableLayout<Row> table = table();
        // 3119, the 总计 that was shown as "4" in a column too narrow for it
        Grid.Column<Row> total = table.number("total", "总计", row -> new Span(), TableLayout.digitsRem(4));
        assertTrue(rem(total) >= 4 * TableLayout.DIGIT_REM + TableLayout.CELL_REM);
        Grid.Column<Row> wide = table.number("big", "总计", row -> new Span(), TableLayout.digitsRem(9));
        assertTrue(rem(wide) >= 9 * TableLayout.DIGIT_REM + TableLayout.CELL_REM);
        assertTrue(rem(wide) > rem(total));
        Grid.Column<Row> small = table.number("one", "一", row -> new Span(), TableLayout.digitsRem(1));
        assertEquals(TableLayout.MIN_NUMBER_REM, rem(small));
    }

    @Test
    void aLongHeadingWidensItsNumberColumnToAtMostThreeLines() {
        TableLayout<Row> table = table();
        Grid.Column<Row> fees = table.number("fees", "本年收费金额（单位：万元）", row -> new Span(),
                TableLayout.digitsRem(4));
        // 13 characters on three lines: five per line
        assertTrue(rem(fees) >= 5 * 0.9 + TableLayout.CELL_REM, fees.getWidth());
    }

    @Test
    void headingsAreComponentsThatWrap() {
        TableLayout<Row> table = table();
        table.text("kind", "类别", Row::name, 6, 0);
        assertTrue(TableLayout.heading("法律服务机构").getElement().getClassList().contains("table-heading"));
        assertEquals("类别", table.grid().getColumnByKey("kind").getHeaderComponent().getElement().getText());
    }

    @Test
    void widthsOfTextAndDigits() {
        assertEquals(4 * TableLayout.DIGIT_REM, TableLayout.digitsRem(4), 1e-9);
        assertEquals(2.0, TableLayout.textRem("缺报"), 1e-9);
        assertEquals(2 + 3 * TableLayout.DIGIT_REM, TableLayout.textRem("缺报n=4"), 1e-9);
        assertEquals("12.50rem", TableLayout.rem(12.5));
    }

    @Test
    void aTreeColumnNeedsATreeGrid() {
        assertThrows(IllegalStateException.class, () -> table().hierarchy("name", "名称", row -> new Span(), 10));
        TableLayout<Row> tree = TableLayout.of(new TreeGrid<>(), "tree");
        Grid.Column<Row> name = tree.hierarchy("name", "名称", row -> new Span(row.name()), 20);
        assertTrue(name.isFrozen());
        assertEquals(20.0, rem(name));
    }
}
