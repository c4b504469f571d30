package cn.nianbao.frontend.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * Lays out every table of the dashboard, template tables (表二/表三/表四) and lists alike, so that header cells and
 * data cells share their columns:
 * <ul>
 * <li>widths only in {@code rem}. Vaadin sets its header cells in smaller letters than its data cells, so a width in
 * {@code em} came out narrower in the header than below it and the columns drifted apart;</li>
 * <li>the label column (a row's label, a body's name) is frozen with the columns before it: it stays in view when a
 * wide table scrolls sideways, and takes the room the other columns leave;</li>
 * <li>a number column is as wide as its widest cell needs, so a total such as 3119 is never cut to "4";</li>
 * <li>headings, labels and texts wrap onto further lines rather than being cut.</li>
 * </ul>
 * Use it on a {@link Grid} or a {@link TreeGrid}: {@code TableLayout.of(grid, "users-grid")}.
 */
public final class TableLayout<T> {

    /** The room a digit takes in a data cell (1rem letters, tabular figures), in rem. */
    static final double DIGIT_REM = 0.62;
    /** The padding of a cell on both sides, its border and a little air, in rem. */
    static final double CELL_REM = 1.5;
    /** A number column is never narrower: its heading needs two characters per line. */
    public static final double MIN_NUMBER_REM = 3.75;
    /** A heading over a number column wraps onto at most this many lines. */
    static final int HEADING_LINES = 3;

    private final Grid<T> grid;

    private TableLayout(Grid<T> grid) {
        this.grid = grid;
    }

    /** Prepares {@code grid}: column borders, compact rows, no selection, and the class the stylesheet knows. */
    public static <T> TableLayout<T> of(Grid<T> grid, String className) {
        grid.addClassName("table-layout");
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        return new TableLayout<>(grid);
    }

    public Grid<T> grid() {
        return grid;
    }

    /** The frozen label column, at least {@code minRem} wide, growing into the room the others leave. */
    public Grid.Column<T> label(String key, String heading, ValueProvider<T, ? extends Component> cell,
                                double minRem) {
        return frozenLabel(grid.addColumn(new ComponentRenderer<>(cell::apply)), key, heading, minRem);
    }

    /** The frozen label column, of plain text. */
    public Grid.Column<T> textLabel(String key, String heading, ValueProvider<T, String> text, double minRem) {
        Grid.Column<T> column = grid.addColumn(item -> {
            String value = text.apply(item);
            return value == null ? "" : value;
        });
        return frozenLabel(column, key, heading, minRem);
    }

    /** The frozen label column of a {@link TreeGrid}: the tree's names with their expand toggles. */
    public Grid.Column<T> hierarchy(String key, String heading, ValueProvider<T, ? extends Component> cell,
                                    double minRem) {
        if (!(grid instanceof TreeGrid<T> tree)) {
            throw new IllegalStateException("a hierarchy column needs a TreeGrid");
        }
        return frozenLabel(tree.addComponentHierarchyColumn(cell::apply), key, heading, minRem);
    }

    private Grid.Column<T> frozenLabel(Grid.Column<T> column, String key, String heading, double minRem) {
        // frozen columns must lead: a rank before the name stays in view with it
        grid.getColumns().forEach(leading -> leading.setFrozen(true));
        // a long name wraps onto a second line rather than being cut
        column.setPartNameGenerator(item -> "text-cell");
        return sized(column, key, heading, minRem, 1);
    }

    /** A column of text, {@code widthRem} wide, taking a share {@code flexGrow} of the room left (0: none). */
    public Grid.Column<T> text(String key, String heading, ValueProvider<T, String> text, double widthRem,
                               int flexGrow) {
        Grid.Column<T> column = grid.addColumn(item -> {
            String value = text.apply(item);
            return value == null ? "" : value;
        });
        column.setPartNameGenerator(item -> "text-cell");
        return sized(column, key, heading, widthRem, flexGrow);
    }

    /** A column of components (a state label, buttons …), {@code widthRem} wide. */
    public Grid.Column<T> component(String key, String heading, ValueProvider<T, ? extends Component> cell,
                                    double widthRem, int flexGrow) {
        return sized(grid.addColumn(new ComponentRenderer<>(cell::apply)), key, heading, widthRem, flexGrow);
    }

    /**
     * A right-aligned column of numbers whose widest cell needs {@code contentRem} (see {@link #digitsRem} and
     * {@link #textRem}); never narrower than {@link #MIN_NUMBER_REM} nor than its heading on
     * {@value #HEADING_LINES} lines.
     */
    public Grid.Column<T> number(String key, String heading, ValueProvider<T, ? extends Component> cell,
                                 double contentRem) {
        Grid.Column<T> column = grid.addColumn(new ComponentRenderer<>(cell::apply));
        double width = Math.max(MIN_NUMBER_REM, Math.max(contentRem + CELL_REM, headingWidthRem(heading)));
        sized(column, key, heading, width, 0);
        column.setTextAlign(ColumnTextAlign.END);
        column.setPartNameGenerator(item -> "number-cell");
        return column;
    }

    private Grid.Column<T> sized(Grid.Column<T> column, String key, String heading, double widthRem, int flexGrow) {
        column.setKey(key).setWidth(rem(widthRem)).setFlexGrow(flexGrow);
        if (heading != null) {
            column.setHeader(heading(heading));
        }
        return column;
    }

    /** A heading that wraps in a narrow column instead of being cut. */
    public static Component heading(String text) {
        Span heading = new Span(text);
        heading.addClassName("table-heading");
        return heading;
    }

    /** The room {@code count} digits (or signs, points, %) take in a data cell, in rem. */
    public static double digitsRem(int count) {
        return Math.max(0, count) * DIGIT_REM;
    }

    /** The room a text takes in a data cell, in rem: a Chinese character a full rem, a Latin one about 0.6. */
    public static double textRem(String text) {
        return text == null ? 0 : text.codePoints().mapToDouble(c -> wide(c) ? 1.0 : DIGIT_REM).sum();
    }

    /**
     * The width a heading needs when it wraps onto at most {@value #HEADING_LINES} lines (the header's letters are a
     * little smaller than the cells').
     */
    static double headingWidthRem(String heading) {
        if (heading == null) {
            return 0;
        }
        // the letters spread over the lines, and one more: a line breaks before a letter that does not fit
        double line = heading.codePoints().mapToDouble(c -> wide(c) ? 0.9 : 0.5).sum() / HEADING_LINES + 0.9;
        return Math.ceil(line * 4) / 4 + CELL_REM;
    }

    private static boolean wide(int codePoint) {
        return Character.isIdeographic(codePoint) || codePoint >= 0x2E80;
    }

    static String rem(double value) {
        return String.format(Locale.ROOT, "%.2frem", value);
    }
}
