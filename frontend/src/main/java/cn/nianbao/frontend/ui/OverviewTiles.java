package cn.nianbao.frontend.ui;

import java.util.List;

import cn.nianbao.frontend.backend.analytics.MetricKind;
import cn.nianbao.frontend.backend.analytics.Overview;
import com.vaadin.flow.component.html.Div;

/**
 * The key figures of a region for one year, as the backend computed them ({@code GET /api/analytics/overview}), each
 * with its change against the year before. A figure the backend does not know is a dash, never a 0.
 */
public class OverviewTiles extends Div {

    /** The tiles about who reported, for the pages about completeness. */
    public static final List<String> REPORTING = List.of("bodies_expected", "bodies_reported", "bodies_missing",
            "bodies_on_time");

    /** Every tile of the overview, in the backend's order. */
    public OverviewTiles(Overview overview) {
        this(overview, null);
    }

    /** @param ids the tiles to show, in this order; null for all */
    public OverviewTiles(Overview overview, List<String> ids) {
        addClassName("tiles");
        List<cn.nianbao.frontend.backend.analytics.Tile> tiles = ids == null ? overview.tiles()
                : ids.stream().flatMap(id -> overview.tile(id).stream()).toList();
        tiles.forEach(tile -> add(tile(tile, overview.year())));
    }

    private Tile tile(cn.nianbao.frontend.backend.analytics.Tile figure, Integer year) {
        MetricKind kind = figure.isRate() ? MetricKind.RATE : MetricKind.COUNT;
        String caption = BackendLabels.tile(this, figure.id(), figure.label());
        if (figure.unit() != null && !figure.unit().isBlank() && !figure.isRate()) {
            caption = getTranslation("tile.caption.unit", caption, figure.unit());
        }
        String value = figure.value() == null ? getTranslation("tile.unknown") : Figures.value(figure.value(), kind);
        Tile tile = new Tile(figure.id(), caption, value, note(figure, kind, year));
        tile.addClassName("tile-" + figure.id().replace('.', '-').replace('_', '-'));
        if (figure.value() == null) {
            tile.markDoubtful(getTranslation("tile.unknown.tooltip"));
        } else if (figure.isRate() && figure.unreliable()) {
            tile.markDoubtful(getTranslation("rate.unreliable.plain",
                    figure.denominator() == null ? "?" : Figures.plain(figure.denominator())));
        }
        return tile;
    }

    private String note(cn.nianbao.frontend.backend.analytics.Tile figure, MetricKind kind, Integer year) {
        StringBuilder note = new StringBuilder();
        if (figure.isRate() && figure.denominator() != null) {
            note.append(getTranslation("rate.sample", Figures.plain(figure.denominator()))).append(' ');
        }
        String previousYear = year == null ? "" : String.valueOf(year - 1);
        if (figure.change() != null && figure.change().signum() == 0) {
            note.append(getTranslation("tile.change.same", previousYear));
        } else if (figure.change() != null) {
            String change = Figures.change(figure.change(), kind);
            note.append(kind == MetricKind.RATE ? getTranslation("tile.change.points", previousYear, change)
                    : figure.changeRate() == null ? getTranslation("tile.change", previousYear, change)
                    : getTranslation("tile.change.rate", previousYear, change, Figures.changeRate(figure.changeRate())));
        } else {
            note.append(getTranslation("tile.change.none", previousYear));
        }
        return note.toString().strip();
    }
}
