package cn.nianbao.backend.export;

import java.util.List;

import cn.nianbao.backend.chart.ChartData;
import cn.nianbao.backend.chart.rendering.Figure;

/**
 * What a meeting pack shows, in order: the title page (title and lines), one chart per page, then the tables (the
 * roll-up's three, the open findings), each split over as many pages as it needs.
 */
public record MeetingPack(String title, List<String> lines, List<PackChart> charts, List<Grid> tables) {

    public MeetingPack {
        lines = List.copyOf(lines);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    /**
     * A chart's words and its figure without the headings (the page prints those as text); {@code png} the figure
     * drawn at 2× for slides (null for a PDF, which draws the figure itself).
     */
    public record PackChart(ChartData data, Figure figure, byte[] png) {
    }
}
