package cn.nianbao.frontend.importing;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.parsing.ParseClient;
import cn.nianbao.frontend.backend.reports.AnnualReportData;
import cn.nianbao.frontend.template.ReportTables;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * 导入: upload one report document and see how the backend reads it — the three tables as parsed, or the backend's
 * reason why it could not. Nothing is stored from here.
 */
@Route("import")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.CLERK})
@Menu(order = 5, title = "nav.import", icon = "vaadin:upload")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    private final ParseClient parser;
    private final Div result = new Div();
    private final Upload upload;

    public ImportView(ParseClient parser) {
        this.parser = parser;
        addClassName("import-view");
        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassName("view-intro");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                showParsed(metadata.fileName(), metadata.contentType(), bytes)));
        upload.addClassName("report-upload");
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".txt", ".htm", ".html", ".pdf", ".docx", "text/plain", "text/html",
                "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.addFileRejectedListener(event -> {
            result.removeAll();
            result.add(new Paragraph(getTranslation("import.rejected", event.getFileName())));
        });
        result.addClassName("import-result");
        // the tables are as wide as the page, not as the upload box: the result scrolls sideways only when the
        // window is narrower than a table
        result.setWidthFull();
        add(new ViewHeader(getTranslation("import.title")), intro, upload, result);
    }

    /** Runs under the session lock (the in-memory handler calls back through UI.access). */
    private void showParsed(String fileName, String contentType, byte[] bytes) {
        result.removeAll();
        // the finished upload leaves the list: the result below names the file, and no stale progress bar is read out
        upload.clearFileList();
        try {
            AnnualReportData report = parser.parse(fileName, contentType, bytes);
            H3 title = new H3(getTranslation("import.result", fileName));
            Paragraph recognised = new Paragraph(getTranslation("import.recognised",
                    report.agency() == null ? getTranslation("value.none") : report.agency(),
                    report.year() == null ? getTranslation("value.none") : String.valueOf(report.year()),
                    getTranslation("format." + (report.format() == null ? "unknown" : report.format()))));
            recognised.addClassName("import-recognised");
            result.add(title, recognised, new ReportTables(report));
        } catch (BackendException e) {
            result.add(new H3(getTranslation("import.failed", fileName)), new BackendErrorMessage(e));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("import.title"));
    }
}
