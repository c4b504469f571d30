package cn.nianbao.frontend.report;

import java.io.ByteArrayInputStream;

import cn.nianbao.frontend.backend.Download;
import cn.nianbao.frontend.backend.reports.ReportClient;
import cn.nianbao.frontend.backend.reports.ReportDetail;
import cn.nianbao.frontend.backend.reports.ReportDetail.ReportVersion;
import cn.nianbao.frontend.ui.TableLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * Every stored version of the report: nothing is overwritten, so a correction is visible with who, when and why; a
 * version read from a document offers that document as it was uploaded.
 */
class VersionHistory extends Div {

    VersionHistory(ReportDetail detail, ReportClient reports) {
        addClassName("version-history");
        add(new H3(getTranslation("versions.title")));
        Grid<ReportVersion> grid = new Grid<>();
        TableLayout<ReportVersion> table = TableLayout.of(grid, "versions-grid");
        grid.setAllRowsVisible(true);
        table.number("version", getTranslation("versions.column.version"),
                version -> new Span(String.valueOf(version.versionNo())), TableLayout.digitsRem(3));
        table.text("active", getTranslation("versions.column.active"),
                version -> Boolean.TRUE.equals(version.active()) ? getTranslation("versions.active") : "", 6, 0);
        table.text("origin", getTranslation("versions.column.origin"),
                version -> ReportMetadata.originName(this, version.origin()), 7, 0);
        table.text("created_at", getTranslation("versions.column.created_at"),
                version -> version.createdAt() == null ? "" : ReportMetadata.CREATED_AT.format(version.createdAt()),
                10, 0);
        table.text("created_by", getTranslation("versions.column.created_by"), ReportVersion::createdBy, 7, 0);
        table.text("reason", getTranslation("versions.column.reason"), ReportVersion::reason, 12, 1);
        table.component("source", getTranslation("versions.column.source"),
                version -> source(detail, version, reports), 12, 0);
        grid.setItems(detail.versions());
        add(grid);
    }

    /** The document the version was read from, to download; nothing for a version typed in or sent as data. */
    private Component source(ReportDetail detail, ReportVersion version, ReportClient reports) {
        if (version.sourceDocument() == null) {
            return new Span();
        }
        String fileName = version.sourceDocument().fileName();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            Download document = reports.source(detail.agencyCode(), detail.year(), version.versionNo());
            return new DownloadResponse(new ByteArrayInputStream(document.bytes()),
                    document.fileName() != null ? document.fileName() : fileName, document.mediaType(),
                    document.bytes().length);
        }), AttachmentType.DOWNLOAD, fileName == null ? getTranslation("versions.source") : fileName);
        download.addClassName("source-download");
        download.getElement().setAttribute("title", getTranslation("versions.source.tooltip"));
        return download;
    }
}
