package cn.nianbao.backend.analytics;

import java.util.List;

/** The overview of a region for one year ({@code GET /api/analytics/overview}). */
public record Overview(RegionRef region, int year, List<Integer> years, List<Tile> tiles) {

    public Overview {
        years = List.copyOf(years);
        tiles = List.copyOf(tiles);
    }
}
