package cn.nianbao.frontend.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.BackendHttp.FilePart;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.imports.ImportClient;
import cn.nianbao.frontend.backend.imports.ImportJob;
import cn.nianbao.frontend.backend.parsing.ParseClient;
import cn.nianbao.frontend.backend.reports.AnnualReportData;
import cn.nianbao.frontend.report.ReportEntryView;
import cn.nianbao.frontend.security.CurrentUser;
import cn.nianbao.frontend.template.ReportTables;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.ChineseDates;
import cn.nianbao.frontend.ui.Notices;
import cn.nianbao.frontend.ui.ViewHeader;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * 导入: drop many report documents or ZIP archives of folders; they go to the backend as one import job, which reads,
 * matches and stores them on its own (it keeps going when the page is closed). The page follows the job: a progress
 * bar, one line per file with its status, the files that wait for a body or year with a preview to confirm, and at
 * the end a summary and the failures as CSV. The address names the job ({@code import/<id>}), so it can be
 * reopened; the latest jobs are listed below.
 * <p>
 * 只检查，不保存 reads one document and shows its tables without storing anything, for checking a document before
 * it is published.
 */
@Route("import/:job?")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.CLERK})
@Menu(order = 5, title = "nav.import", icon = "vaadin:upload")
public class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** One document; the backend has its own, smaller limit and says so in Chinese. */
    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    /** A ZIP archive of a province's folders. */
    static final long MAX_ARCHIVE_BYTES = 500L * 1024 * 1024;
    /** Files in one upload; more go into a ZIP. */
    static final int MAX_FILES = 1000;
    static final int RECENT_JOBS = 10;

    private final ImportClient imports;
    private final ParseClient parser;
    private final Checkbox checkOnly = new Checkbox();
    private final DatePicker publishedOn;
    private final TextField url = new TextField();
    private final Upload upload;
    private final Button start = new Button();
    private final Div result = new Div();
    private final Div job = new Div();
    private final Div recent = new Div();
    /** The files received for the next job, in temporary files until they are sent. */
    private final List<FilePart> received = new ArrayList<>();

    public ImportView(ImportClient imports, ParseClient parser) {
        this.imports = imports;
        this.parser = parser;
        addClassName("import-view");
        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassName("view-intro");
        checkOnly.setLabel(getTranslation("import.check_only"));
        checkOnly.addClassName("check-only");
        checkOnly.setHelperText(getTranslation("import.check_only.help"));
        publishedOn = ChineseDates.picker(getTranslation("import.published_on"), getLocale());
        publishedOn.addClassName("import-published-on");
        publishedOn.setHelperText(getTranslation("import.defaults.help"));
        url.setLabel(getTranslation("import.url"));
        url.addClassName("import-url");
        url.setMaxLength(2000);
        url.setWidth("28rem");
        HorizontalLayout defaults = new HorizontalLayout(publishedOn, url);
        defaults.addClassName("import-defaults");
        checkOnly.addValueChangeListener(event -> defaults.setVisible(!event.getValue()));

        upload = new Upload(UploadHandler.toTempFile((metadata, file) ->
                received(metadata.fileName(), metadata.contentType(), file.toPath())));
        upload.addClassName("report-upload");
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, MAX_ARCHIVE_BYTES));
        upload.setAcceptedFileTypes(".txt", ".htm", ".html", ".pdf", ".docx", ".zip", "text/plain", "text/html",
                "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/zip", "application/x-zip-compressed");
        upload.addFileRejectedListener(event -> Notices.refused(
                getTranslation("import.rejected", event.getFileName())));
        upload.setWidthFull();

        start.setText(getTranslation("import.start.none"));
        start.addClassName("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(click -> startJob());
        HorizontalLayout actions = new HorizontalLayout(start);
        actions.addClassName("import-actions");
        if (CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.CLERK)) {
            // a report that exists only on paper is typed in (the backend lets only the body's clerk and
            // administrators store reports by hand)
            Button manual = new Button(getTranslation("entry.blank"),
                    click -> getUI().ifPresent(ui -> ui.navigate(ReportEntryView.class)));
            manual.addClassName("manual-entry");
            actions.add(manual);
        }
        checkOnly.addValueChangeListener(event -> start.setVisible(!event.getValue()));

        result.addClassName("import-result");
        // the tables are as wide as the page, not as the upload box: the result scrolls sideways only when the
        // window is narrower than a table
        result.setWidthFull();
        job.addClassName("import-job-holder");
        job.setWidthFull();
        recent.addClassName("import-recent");
        add(new ViewHeader(getTranslation("import.title")), intro, checkOnly, defaults, upload, actions, result, job,
                recent);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        job.removeAll();
        Optional<String> id = event.getRouteParameters().get("job");
        try {
            id.ifPresent(this::showJob);
            showRecent();
        } catch (BackendException e) {
            job.add(new BackendErrorMessage(e));
        }
    }

    /** Runs under the session lock (the upload handler calls back through UI.access). */
    private void received(String fileName, String contentType, java.nio.file.Path file) {
        if (checkOnly.getValue()) {
            try {
                showParsed(fileName, contentType, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                delete(file);
            }
            return;
        }
        received.add(new FilePart(fileName, contentType, file));
        start.setText(getTranslation("import.start", String.valueOf(received.size())));
        start.setEnabled(true);
    }

    /** Sends the files received so far as one job and follows it. */
    private void startJob() {
        if (received.isEmpty()) {
            return;
        }
        List<FilePart> files = List.copyOf(received);
        try {
            String id = imports.start(files, publishedOn.getValue(), url.getValue());
            received.clear();
            upload.clearFileList();
            start.setText(getTranslation("import.start.none"));
            start.setEnabled(false);
            getUI().ifPresent(ui -> ui.navigate(ImportView.class, new RouteParameters("job", id)));
        } catch (BackendException e) {
            // the files stay received: the user may correct the form and send them again
            Notices.failed(e);
        } finally {
            if (received.isEmpty()) {
                files.forEach(file -> delete(file.path()));
            }
        }
    }

    private void showJob(String id) {
        ImportJobPanel panel = new ImportJobPanel(imports, imports.job(id));
        job.add(panel);
        // the job is what the user follows now, below the upload
        panel.scrollIntoView();
    }

    private void showRecent() {
        recent.removeAll();
        List<ImportJob> jobs = imports.recent(RECENT_JOBS);
        if (jobs.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ImportJob earlier : jobs) {
            String href = RouteConfiguration.forSessionScope().getUrl(ImportView.class,
                    new RouteParameters("job", earlier.id()));
            Anchor link = new Anchor(href, getTranslation("import.recent.item",
                    earlier.createdAt() == null ? "" : ImportJobPanel.CREATED_AT.format(earlier.createdAt()),
                    String.valueOf(earlier.total()),
                    getTranslation(earlier.done() ? "import.state.done" : "import.state.running")));
            list.add(new ListItem(link));
        }
        recent.add(new H3(getTranslation("import.recent")), list);
    }

    /** 只检查，不保存: the document's tables as the backend reads them, or its reason why it cannot. */
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
    protected void onDetach(DetachEvent detachEvent) {
        // files received but never sent
        received.forEach(file -> delete(file.path()));
        received.clear();
        super.onDetach(detachEvent);
    }

    private static void delete(java.nio.file.Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the system cleans its temporary directory
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("import.title"));
    }
}
