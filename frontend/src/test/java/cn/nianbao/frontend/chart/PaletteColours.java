package cn.nianbao.frontend.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Reads back from a rendered SVG which series colours stroke something: one colour per drawn line. */
public final class PaletteColours {

    private PaletteColours() {
    }

    /** The palette indexes whose colour strokes something in the SVG, in palette order. */
    public static List<Integer> usedIn(String svg) {
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < ChartPalette.SERIES.size(); i++) {
            Color c = ChartPalette.SERIES.get(i);
            if (svg.contains("stroke:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")")) {
                used.add(i);
            }
        }
        return used;
    }
}
