package cn.nianbao.frontend.overview;

import cn.nianbao.frontend.ui.Tile;
import com.vaadin.flow.component.html.Div;

/** The four key figures above the chart. */
class OverviewTiles extends Div {

    OverviewTiles(OverviewFigures figures) {
        addClassName("tiles");
        String year = String.valueOf(figures.year());
        add(new Tile(getTranslation("overview.tile.bodies"), String.valueOf(figures.bodies()),
                        getTranslation("overview.tile.bodies.note")),
                new Tile(getTranslation("overview.tile.received", year), String.valueOf(figures.received()),
                        getTranslation("overview.tile.received.note", String.valueOf(figures.expected()))),
                new Tile(getTranslation("overview.tile.missing", year), String.valueOf(figures.missing()),
                        getTranslation("overview.tile.missing.note", String.valueOf(figures.blank()))),
                new Tile(getTranslation("overview.tile.total", year), String.valueOf(figures.total()),
                        getTranslation("overview.tile.total.note")));
    }
}
