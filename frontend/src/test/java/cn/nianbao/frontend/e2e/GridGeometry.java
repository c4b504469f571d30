package cn.nianbao.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import cn.nianbao.frontend.backend.BackendJson;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * Where Chromium puts the header cells and the data cells of a {@code vaadin-grid}, in pixels, read from the grid's
 * shadow DOM: each header cell must stand over data cells (its left and right edges on theirs, within a pixel), and no
 * number or text may be cut off by its cell.
 */
public final class GridGeometry {

    /** One cell: its text, its edges, and whether its content is wider than the cell shows. */
    public record Cell(String text, double left, double right, boolean number, boolean clipped) {

        double width() {
            return right - left;
        }
    }

    /** A grid as laid out: its header rows and data rows, its width, and how wide its table wants to be. */
    public record Layout(String name, List<List<Cell>> header, List<List<Cell>> rows, double width,
                         double tableScrollWidth, double tableClientWidth) {

        /** The data cell whose text is {@code text}. */
        public Cell cell(String text) {
            return rows.stream().flatMap(List::stream).filter(cell -> cell.text().equals(text)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": no data cell " + text + " in " + rows));
        }

        /** The header cell whose text is {@code text}. */
        public Cell heading(String text) {
            return header.stream().flatMap(List::stream).filter(cell -> cell.text().equals(text)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": no header cell " + text + " in " + header));
        }
    }

    private static final double TOLERANCE = 1.0;

    private static final String MEASURE = """
            const grid = arguments[0];
            const root = grid.shadowRoot;
            const content = cell => {
              const slot = cell.querySelector('slot');
              return slot ? slot.assignedElements()[0] : null;
            };
            const visible = el => !el.hidden && getComputedStyle(el).display !== 'none'
              && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
            const cells = row => Array.from(row.children)
              .filter(c => (c.localName === 'td' || c.localName === 'th') && visible(c))
              .map(c => {
                const r = c.getBoundingClientRect();
                const el = content(c);
                const part = c.getAttribute('part') || '';
                return {text: el ? el.innerText.replace(/\\s+/g, '') : '', left: r.left, right: r.right,
                        number: part.includes('number-cell'),
                        clipped: el ? el.scrollWidth > el.clientWidth + 1 : false};
              });
            const rows = selector => Array.from(root.querySelectorAll(selector))
              .filter(visible).map(cells).filter(r => r.length > 0);
            const table = root.querySelector('#table');
            return JSON.stringify({header: rows('#header tr'), rows: rows('#items tr'),
              width: grid.getBoundingClientRect().width,
              scrollWidth: table.scrollWidth, clientWidth: table.clientWidth});
            """;

    private GridGeometry() {
    }

    public static Layout measure(WebDriver browser, WebElement grid, String name) {
        String json = (String) ((JavascriptExecutor) browser).executeScript(MEASURE, grid);
        JsonNode node = BackendJson.MAPPER.readTree(json);
        return new Layout(name, rows(node.path("header")), rows(node.path("rows")), node.path("width").asDouble(),
                node.path("scrollWidth").asDouble(), node.path("clientWidth").asDouble());
    }

    private static List<List<Cell>> rows(JsonNode rows) {
        List<List<Cell>> result = new ArrayList<>();
        for (JsonNode row : rows) {
            List<Cell> cells = new ArrayList<>();
            for (JsonNode cell : row) {
                cells.add(new Cell(cell.path("text").asString(), cell.path("left").asDouble(),
                        cell.path("right").asDouble(), cell.path("number").asBoolean(),
                        cell.path("clipped").asBoolean()));
            }
            result.add(cells);
        }
        return result;
    }

    /**
     * Fails when a header cell does not line up with the data cells below it (more than a pixel off at its left or
     * right edge; the last header row cell by cell, joined headings over a run of columns), or when a cell's content is
     * cut.
     */
    public static void assertAligned(Layout layout) {
        assertThat(layout.rows()).as(layout.name() + ": data rows").isNotEmpty();
        assertThat(layout.header()).as(layout.name() + ": header rows").isNotEmpty();
        List<Cell> first = layout.rows().getFirst();
        List<Cell> columns = layout.header().getLast();
        assertThat(columns).as(layout.name() + ": a heading per column").hasSameSizeAs(first);
        for (int i = 0; i < columns.size(); i++) {
            Cell heading = columns.get(i);
            Cell data = first.get(i);
            assertThat(Math.abs(heading.left() - data.left())).as(layout.name() + ": left edge of column "
                    + heading.text() + " (header " + heading.left() + ", cells " + data.left() + ")")
                    .isLessThanOrEqualTo(TOLERANCE);
            assertThat(Math.abs(heading.width() - data.width())).as(layout.name() + ": width of column "
                    + heading.text() + " (header " + heading.width() + ", cells " + data.width() + ")")
                    .isLessThanOrEqualTo(TOLERANCE);
        }
        for (List<Cell> row : layout.rows()) {
            assertThat(row).as(layout.name() + ": every data row has every column").hasSameSizeAs(first);
            for (int i = 0; i < row.size(); i++) {
                assertThat(Math.abs(row.get(i).left() - first.get(i).left())).as(layout.name() + ": cells of a column"
                        + " stand one under the other").isLessThanOrEqualTo(TOLERANCE);
                Cell cell = row.get(i);
                assertThat(cell.clipped()).as(layout.name() + ": " + (cell.number() ? "number " : "text ")
                        + cell.text() + " is cut off by its cell").isFalse();
            }
        }
        for (List<Cell> row : layout.header().subList(0, layout.header().size() - 1)) {
            for (Cell joined : row) {
                assertThat(first.stream().anyMatch(data -> Math.abs(data.left() - joined.left()) <= TOLERANCE))
                        .as(layout.name() + ": heading " + joined.text() + " starts where a column starts").isTrue();
                assertThat(first.stream().anyMatch(data -> Math.abs(data.right() - joined.right()) <= TOLERANCE))
                        .as(layout.name() + ": heading " + joined.text() + " ends where a column ends").isTrue();
            }
        }
    }

    /** Fails when the grid needs a sideways scroll bar although the page has room for it. */
    public static void assertNoSidewaysScrolling(Layout layout) {
        assertThat(layout.tableScrollWidth()).as(layout.name() + ": table as wide as its box")
                .isLessThanOrEqualTo(layout.tableClientWidth() + TOLERANCE);
    }

    /** Whether {@code cell} stands under {@code heading}: within its left and right edges. */
    public static boolean under(Cell cell, Cell heading) {
        return cell.left() >= heading.left() - TOLERANCE && cell.right() <= heading.right() + TOLERANCE;
    }
}
