package cn.nianbao.frontend.rollup;

import java.util.List;

import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.backend.analytics.AnalyticsClient;
import cn.nianbao.frontend.backend.analytics.Rollup;
import cn.nianbao.frontend.backend.exports.ExportClient;
import cn.nianbao.frontend.export.ExportLinks;
import cn.nianbao.frontend.template.CellMark;
import cn.nianbao.frontend.template.CellMarks;
import cn.nianbao.frontend.template.MissingTableNotice;
import cn.nianbao.frontend.template.ProactiveTables;
import cn.nianbao.frontend.template.RequestsTable;
import cn.nianbao.frontend.template.ReviewsTable;
import cn.nianbao.frontend.ui.RegionView;
import cn.nianbao.frontend.ui.Tile;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 汇总表: 表二, 表三 and 表四 of every report of a region (its own body included) added up by the backend
 * ({@code GET /api/analytics/rollup}), laid out exactly like the national template. Above them the bodies counted,
 * expected, reported and missing; on each cell that some bodies printed blank a small "n 空白" (their blank is not in
 * the sum); under them the backend's notes (blanks, missing bodies, the 2019 layout's one-row （六）其他处理, which is a
 * line of its own). All kinds of bodies by default.
 */
@Route("rollup")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.VIEWER})
@Menu(order = 2.5, title = "nav.rollup", icon = "vaadin:table")
public class RollupView extends RegionView {

    private final ExportClient exports;

    public RollupView(AgencyClient agencies, AnalyticsClient analytics, ExportClient exports) {
        super("rollup-view", "rollup.title", null, agencies, analytics);
        this.exports = exports;
    }

    @Override
    protected void show(Choice choice) {
        Rollup rollup = analytics.rollup(choice.region().code(), choice.year(), choice.kind());
        header.setDemo(header.isDemoShown() || (rollup.region() != null && rollup.region().demo()));
        H3 title = new H3(getTranslation("rollup.heading", rollup.region() == null ? choice.region().name()
                : rollup.region().name(), String.valueOf(rollup.year())));
        title.addClassName("rollup-heading");
        ExportLinks downloads = new ExportLinks(exports, ExportClient.Export.ROLLUP, () -> ExportLinks.parameters(
                "region", choice.region().code(), "year", String.valueOf(rollup.year()),
                "kind", choice.kind() == null ? null : choice.kind().name()), List.of("xlsx", "docx", "csv"));
        addContent(title, downloads, bodies(rollup.bodies()), notes(rollup.notes()));
        CellMarks blanks = path -> {
            int count = rollup.blank().at(path);
            return count == 0 ? List.of() : List.of(new CellMark(getTranslation("rollup.blank", count), "mark-blank",
                    getTranslation("rollup.blank.tooltip", count)));
        };
        Rollup.Tables report = rollup.report();
        addContent(new H3(getTranslation("table.proactive")), report.proactive() == null
                ? new MissingTableNotice(getTranslation("rollup.table.none", getTranslation("table.proactive")))
                : new ProactiveTables(report.proactive(), blanks));
        addContent(new H3(getTranslation("table.requests")));
        if (report.requests() == null) {
            addContent(new MissingTableNotice(getTranslation("rollup.table.none", getTranslation("table.requests"))));
        } else {
            // both layouts summed: the 2019 layout's one-row （六） gets a line of its own beside the three rows
            boolean mixed = rollup.otherUnsplitBodies() > 0
                    && rollup.otherUnsplitBodies() < rollup.tables().getOrDefault("requests", 0);
            addContent(new RequestsTable(report.requests(), blanks,
                    mixed ? getTranslation("rollup.other_unsplit", rollup.otherUnsplitBodies()) : null));
        }
        addContent(new H3(getTranslation("table.reviews")), report.reviews() == null
                ? new MissingTableNotice(getTranslation("rollup.table.none", getTranslation("table.reviews")))
                : new ReviewsTable(report.reviews(), blanks));
    }

    private Div bodies(Rollup.Bodies bodies) {
        Div tiles = new Div();
        tiles.addClassName("tiles");
        tiles.addClassName("rollup-bodies");
        tiles.add(tile("counted", bodies.counted()), tile("expected", bodies.expected()),
                tile("reported", bodies.reported()), tile("missing", bodies.missing()));
        return tiles;
    }

    private Tile tile(String key, int value) {
        Tile tile = new Tile("rollup_" + key, getTranslation("rollup.bodies." + key), String.valueOf(value),
                getTranslation("rollup.bodies." + key + ".note"));
        tile.addClassName("tile-rollup-" + key);
        return tile;
    }

    private Div notes(List<String> notes) {
        Div holder = new Div();
        holder.addClassName("rollup-notes");
        if (notes.isEmpty()) {
            return holder;
        }
        holder.add(new Paragraph(getTranslation("rollup.notes")));
        UnorderedList list = new UnorderedList();
        notes.forEach(note -> list.add(new ListItem(note)));
        holder.add(list);
        return holder;
    }
}
