package cn.nianbao.frontend.report;

import java.util.List;

import cn.nianbao.frontend.backend.ReportDetail.ReportVersion;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** Every stored version of the report: nothing is overwritten, so a correction is visible with who, when and why. */
class VersionHistory extends Div {

    VersionHistory(List<ReportVersion> versions) {
        addClassName("version-history");
        add(new H3(getTranslation("versions.title")));
        Grid<ReportVersion> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(ReportVersion::versionNo).setHeader(getTranslation("versions.column.version"))
                .setWidth("5em").setFlexGrow(0);
        grid.addColumn(v -> Boolean.TRUE.equals(v.active()) ? getTranslation("versions.active") : "")
                .setHeader(getTranslation("versions.column.active")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(v -> ReportMetadata.originName(this, v.origin())).setHeader(getTranslation("versions.column.origin"));
        grid.addColumn(v -> v.createdAt() == null ? "" : ReportMetadata.CREATED_AT.format(v.createdAt()))
                .setHeader(getTranslation("versions.column.created_at"));
        grid.addColumn(ReportVersion::createdBy).setHeader(getTranslation("versions.column.created_by"));
        grid.addColumn(ReportVersion::reason).setHeader(getTranslation("versions.column.reason")).setFlexGrow(3);
        grid.setItems(versions);
        add(grid);
    }
}
