package cn.nianbao.frontend.chart;

import java.awt.Color;
import java.util.List;

/**
 * Series colours that stay apart with fifteen and more townships on one chart: the first ten are strong, the next
 * ten lighter versions of other hues. None is grey, so a series never looks like a grid line.
 */
public final class ChartPalette {

    public static final List<Color> SERIES = List.of(
            new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C), new Color(0xFF7F0E), new Color(0x9467BD),
            new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF), new Color(0xBCBD22), new Color(0x393B79),
            new Color(0xAEC7E8), new Color(0xFF9896), new Color(0x98DF8A), new Color(0xFFBB78), new Color(0xC5B0D5),
            new Color(0xC49C94), new Color(0xF7B6D2), new Color(0x9EDAE5), new Color(0xDBDB8D), new Color(0x6B6ECF));

    public static final Color TEXT = new Color(0x333333);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color BACKGROUND = Color.WHITE;

    private ChartPalette() {
    }

    public static Color series(int index) {
        return SERIES.get(index % SERIES.size());
    }
}
