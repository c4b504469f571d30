package cn.nianbao.frontend.importing;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Download;
import cn.nianbao.frontend.backend.imports.ImportClient;
import cn.nianbao.frontend.backend.imports.ImportItem;
import cn.nianbao.frontend.backend.imports.ImportJob;
import cn.nianbao.frontend.backend.imports.ImportStatus;
import cn.nianbao.frontend.ui.Notices;
import cn.nianbao.frontend.ui.TableLayout;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;

/**
 * One import job followed live: the page polls the backend while the job runs (the dashboard has no server push),
 * shows the progress, the counts by status and one line per file, filterable by status. A line that waits opens
 * {@link ConfirmPanel} below the list; when the job is done the first one that waits is open already.
 */
class ImportJobPanel extends Div {

    static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    /** How often the page asks the backend how far the job is. */
    static final int POLL_MILLIS = 1000;

    private final ImportClient imports;
    private final String id;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div counts = new Div();
    private final Div summary = new Div();
    private final Select<ImportStatus> filter = new Select<>();
    private final List<ImportItem> items = new ArrayList<>();
    private final ListDataProvider<ImportItem> lines = new ListDataProvider<>(items);
    private final Grid<ImportItem> grid = new Grid<>();
    private final Div confirm = new Div();
    private ImportJob job;
    private Registration polling;

    ImportJobPanel(ImportClient imports, ImportJob job) {
        this.imports = imports;
        this.id = job.id();
        addClassName("import-job");
        setWidthFull();
        H3 title = new H3(getTranslation("import.job.title",
                job.createdAt() == null ? "" : CREATED_AT.format(job.createdAt()),
                job.createdBy() == null ? "" : job.createdBy()));
        progress.addClassName("import-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("import.progress.label"));
        progressText.addClassName("import-progress-text");
        counts.addClassName("import-counts");
        summary.addClassName("import-summary");

        filter.setLabel(getTranslation("import.filter"));
        filter.addClassName("import-filter");
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("import.filter.all"));
        filter.setItems(ImportStatus.QUEUED, ImportStatus.IMPORTED, ImportStatus.UNCHANGED,
                ImportStatus.NEEDS_CONFIRMATION, ImportStatus.FAILED);
        filter.setItemLabelGenerator(status -> status == null ? getTranslation("import.filter.all")
                : statusName(this, status));
        filter.addValueChangeListener(event -> lines.setFilter(item ->
                event.getValue() == null || item.status() == event.getValue()));

        TableLayout<ImportItem> table = TableLayout.of(grid, "import-items");
        table.number("index", getTranslation("import.column.index"),
                item -> new Span(String.valueOf(item.index() + 1)), TableLayout.digitsRem(5));
        table.textLabel("file", getTranslation("import.column.file"), ImportItem::file, 16);
        table.component("status", getTranslation("import.column.status"), item -> statusBadge(this, item.status()),
                7, 0);
        table.text("agency", getTranslation("import.column.agency"), ImportItem::agencyName, 14, 1);
        table.text("year", getTranslation("import.column.year"),
                item -> item.year() == null ? "" : String.valueOf(item.year()), 4.5, 0);
        table.text("version", getTranslation("import.column.version"),
                item -> item.versionNo() == null ? "" : getTranslation("import.version", String.valueOf(item.versionNo())),
                5.5, 0);
        table.text("message", getTranslation("import.column.message"), ImportItem::message, 18, 2);
        grid.setDataProvider(lines);
        grid.setHeight("28rem");
        grid.setPartNameGenerator(item -> item.status() == ImportStatus.NEEDS_CONFIRMATION ? "waiting-row" : null);
        grid.addItemClickListener(event -> {
            if (event.getItem().status() == ImportStatus.NEEDS_CONFIRMATION) {
                openConfirmation(event.getItem());
            }
        });
        confirm.addClassName("import-confirm-holder");
        confirm.setWidthFull();

        Div progressLine = new Div(progress, progressText);
        progressLine.addClassName("import-progress-line");
        add(title, progressLine, counts, summary, filter, grid, confirm);
        show(job);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (!job.done()) {
            startPolling(attachEvent.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
        super.onDetach(detachEvent);
    }

    private void startPolling(UI ui) {
        if (polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(event -> refresh());
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    /** Asks the backend how far the job is; called by each poll. */
    void refresh() {
        try {
            show(imports.job(id));
        } catch (BackendException e) {
            // one missed poll is no reason to stop following the job; a session that ended stops the page anyway
            if (e.reason() == BackendException.Reason.SESSION_ENDED) {
                getUI().ifPresent(this::stopPolling);
            }
        }
    }

    private void show(ImportJob current) {
        boolean changed = job == null || current.processed() != job.processed() || !current.state().equals(job.state())
                || !current.items().equals(job.items());
        job = current;
        progress.setValue(current.total() == 0 ? 1 : (double) current.processed() / current.total());
        progressText.setText(getTranslation(current.done() ? "import.progress.done" : "import.progress",
                String.valueOf(current.processed()), String.valueOf(current.total())));
        // read out in words, not as a bare number
        progress.getElement().setAttribute("aria-valuetext", progressText.getText());
        if (!changed) {
            return;
        }
        items.clear();
        items.addAll(current.items());
        lines.refreshAll();
        counts.removeAll();
        for (ImportStatus status : List.of(ImportStatus.IMPORTED, ImportStatus.UNCHANGED,
                ImportStatus.NEEDS_CONFIRMATION, ImportStatus.FAILED, ImportStatus.QUEUED)) {
            long count = current.count(status);
            if (count > 0 || status != ImportStatus.QUEUED) {
                Span badge = statusBadge(this, status);
                Span chip = new Span(badge, new Span(" " + count));
                chip.addClassName("import-count");
                chip.addClassName("import-count-" + status.name().toLowerCase(java.util.Locale.ROOT));
                counts.add(chip);
            }
        }
        summary.removeAll();
        if (current.done()) {
            getUI().ifPresent(this::stopPolling);
            summary.add(new Span(getTranslation("import.summary", String.valueOf(current.count(ImportStatus.IMPORTED)),
                    String.valueOf(current.count(ImportStatus.UNCHANGED)),
                    String.valueOf(current.count(ImportStatus.NEEDS_CONFIRMATION)),
                    String.valueOf(current.count(ImportStatus.FAILED)))));
            // the backend's list names the files that failed and those still waiting, each with its reason
            if (current.count(ImportStatus.FAILED) + current.count(ImportStatus.NEEDS_CONFIRMATION) > 0) {
                summary.add(failuresLink());
            }
            // the first file that waits is opened, so the ones that wait are worked through without searching
            if (confirm.getChildren().findAny().isEmpty()) {
                items.stream().filter(item -> item.status() == ImportStatus.NEEDS_CONFIRMATION).findFirst()
                        .ifPresent(this::openConfirmation);
            }
        }
    }

    /** The failed files with the reasons, as the backend writes them (CSV, UTF-8 with BOM for spreadsheets). */
    private Anchor failuresLink() {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            Download csv = imports.failures(id);
            return new DownloadResponse(new ByteArrayInputStream(csv.bytes()),
                    csv.fileName() != null ? csv.fileName() : "import-" + id + "-failures.csv", csv.mediaType(),
                    csv.bytes().length);
        }), AttachmentType.DOWNLOAD, getTranslation("import.failures"));
        link.addClassName("import-failures");
        return link;
    }

    private void openConfirmation(ImportItem waiting) {
        confirm.removeAll();
        try {
            ImportItem detail = imports.item(id, waiting.index());
            confirm.add(new ConfirmPanel(detail, (text, offset, limit) -> imports.candidates(id, detail.index(), text,
                    offset, limit), (agencyCode, year) -> confirmItem(detail, agencyCode, year)));
        } catch (BackendException e) {
            Notices.failed(e);
        }
    }

    private void confirmItem(ImportItem item, String agencyCode, int year) {
        try {
            ImportItem stored = imports.confirm(id, item.index(), agencyCode, year);
            confirm.removeAll();
            Notices.saved(getTranslation("import.confirmed", item.file(),
                    stored.agencyName() == null ? agencyCode : stored.agencyName(), String.valueOf(year)));
            show(imports.job(id));
        } catch (BackendException e) {
            Notices.failed(e);
        }
    }

    static String statusName(Component page, ImportStatus status) {
        return page.getTranslation("import.status." + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The status as a coloured label: green imported, grey unchanged, amber waiting, red failed. */
    static Span statusBadge(Component page, ImportStatus status) {
        Span badge = new Span(statusName(page, status));
        badge.addClassName("state");
        badge.addClassName("import-status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
