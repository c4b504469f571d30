package cn.nianbao.frontend.report;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;

import cn.nianbao.frontend.backend.Download;
import cn.nianbao.frontend.backend.reports.ReportClient;
import cn.nianbao.frontend.backend.reports.ReportDetail;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The actions of the report page, in one row above the report: 与上年对比 and the original document of the active
 * version when it was read from one. Further actions (导入, 更正) are added with {@link #addAction}.
 */
public class ReportToolbar extends Div {

    private final Checkbox compare;

    /** @param onCompare told whether last year is to be shown beside the cells */
    ReportToolbar(ReportDetail detail, ReportClient reports, Consumer<Boolean> onCompare) {
        addClassName("report-toolbar");
        compare = new Checkbox(getTranslation("compare.toggle", String.valueOf(detail.year() - 1)));
        compare.addClassName("compare-toggle");
        compare.addValueChangeListener(event -> onCompare.accept(event.getValue()));
        add(compare);
        ReportDetail.ReportVersion version = detail.version();
        if (version != null && version.sourceDocument() != null) {
            add(source(detail, version, reports));
        }
    }

    /** Adds an action after the others. */
    public void addAction(Component action) {
        add(action);
    }

    public Checkbox compare() {
        return compare;
    }

    /** The document the active version was read from, downloaded through the backend (which records it). */
    private Anchor source(ReportDetail detail, ReportDetail.ReportVersion version, ReportClient reports) {
        String fileName = version.sourceDocument().fileName();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            Download document = reports.source(detail.agencyCode(), detail.year(), version.versionNo());
            return new DownloadResponse(new ByteArrayInputStream(document.bytes()),
                    document.fileName() != null ? document.fileName() : fileName, document.mediaType(),
                    document.bytes().length);
        }), AttachmentType.DOWNLOAD, getTranslation("reports.source.link",
                fileName == null ? getTranslation("versions.source") : fileName));
        link.addClassName("report-source");
        link.getElement().setAttribute("title", getTranslation("versions.source.tooltip"));
        return link;
    }
}
