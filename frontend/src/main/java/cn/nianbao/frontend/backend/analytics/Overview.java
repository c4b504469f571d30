package cn.nianbao.frontend.backend.analytics;

import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/analytics/overview}: the tiles of a region for one year, and the years in which any body under the
 * region has a report (ascending).
 */
public record Overview(Region region, Integer year, List<Integer> years, List<Tile> tiles) {

    public Overview {
        years = years == null ? List.of() : List.copyOf(years);
        tiles = tiles == null ? List.of() : List.copyOf(tiles);
    }

    public Optional<Tile> tile(String id) {
        return tiles.stream().filter(tile -> id.equals(tile.id())).findFirst();
    }
}
