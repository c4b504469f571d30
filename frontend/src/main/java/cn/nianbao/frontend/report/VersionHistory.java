package cn.nianbao.frontend.report;

import java.io.ByteArrayInputStream;
import java.util.List;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.backend.Download;
import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.reports.ReportClient;
import cn.nianbao.frontend.backend.reports.ReportDetail;
import cn.nianbao.frontend.backend.reports.ReportDetail.ReportVersion;
import cn.nianbao.frontend.security.CurrentUser;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import cn.nianbao.frontend.ui.FieldErrors;
import cn.nianbao.frontend.ui.Notices;
import cn.nianbao.frontend.ui.TableLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * Every stored version of the report: nothing is overwritten, so a correction is visible with who, when and why; a
 * version read from a document offers that document as it was uploaded. Any two versions are compared side by side;
 * administrators and supervisors can make an older version active again (with a reason, recorded by the backend).
 */
class VersionHistory extends Div {

    private final ReportDetail detail;
    private final ReportClient reports;
    private final Runnable onActivated;
    private final Div comparison = new Div();

    /** @param onActivated called after another version became the active one (the page shows it) */
    VersionHistory(ReportDetail detail, ReportClient reports, Runnable onActivated) {
        this.detail = detail;
        this.reports = reports;
        this.onActivated = onActivated;
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
        table.component("source", getTranslation("versions.column.source"), this::source, 12, 0);
        if (CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.SUPERVISOR)) {
            table.component("activate", getTranslation("versions.column.activate"), this::activateButton, 8, 0);
        }
        grid.setItems(detail.versions());
        add(grid);
        if (detail.versions().size() > 1) {
            add(comparePicker());
        }
        comparison.addClassName("version-comparison-holder");
        comparison.setWidthFull();
        add(comparison);
    }

    /** Two versions to compare: by default the one before the active version and the active one. */
    private Component comparePicker() {
        List<Integer> numbers = detail.versions().stream().map(ReportVersion::versionNo).sorted().toList();
        Select<Integer> left = versionSelect("versions.compare.left", numbers);
        Select<Integer> right = versionSelect("versions.compare.right", numbers);
        int active = detail.versions().stream().filter(v -> Boolean.TRUE.equals(v.active()))
                .map(ReportVersion::versionNo).findFirst().orElse(numbers.getLast());
        right.setValue(active);
        left.setValue(numbers.stream().filter(n -> n < active).reduce((a, b) -> b)
                .orElse(numbers.stream().filter(n -> n != active).findFirst().orElse(active)));
        Button compare = new Button(getTranslation("versions.compare"), click -> compare(left.getValue(),
                right.getValue()));
        compare.addClassName("versions-compare");
        HorizontalLayout picker = new HorizontalLayout(left, right, compare);
        picker.addClassName("versions-compare-picker");
        picker.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return picker;
    }

    private Select<Integer> versionSelect(String labelKey, List<Integer> numbers) {
        Select<Integer> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.addClassName(labelKey.replace('.', '-'));
        select.setItems(numbers);
        select.setItemLabelGenerator(n -> getTranslation("versions.number", String.valueOf(n)));
        return select;
    }

    private void compare(Integer left, Integer right) {
        comparison.removeAll();
        if (left == null || right == null || left.equals(right)) {
            comparison.add(new Paragraph(getTranslation("versions.compare.pick_two")));
            return;
        }
        try {
            int first = Math.min(left, right);
            int second = Math.max(left, right);
            comparison.add(new VersionComparison(reports.version(detail.agencyCode(), detail.year(), first),
                    reports.version(detail.agencyCode(), detail.year(), second)));
        } catch (BackendException e) {
            comparison.add(new BackendErrorMessage(e));
        }
    }

    private Component activateButton(ReportVersion version) {
        if (Boolean.TRUE.equals(version.active())) {
            return new Span();
        }
        Button activate = new Button(getTranslation("versions.activate"), click -> confirmActivation(version));
        activate.addClassName("version-activate");
        activate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return activate;
    }

    /** Asks for the reason and a confirmation before the active version changes. */
    private void confirmActivation(ReportVersion version) {
        Dialog dialog = new Dialog();
        dialog.addClassName("activate-dialog");
        dialog.setHeaderTitle(getTranslation("versions.activate.title", String.valueOf(version.versionNo())));
        TextArea reason = new TextArea(getTranslation("versions.activate.reason"));
        reason.addClassName("activate-reason");
        reason.setRequired(true);
        reason.setMaxLength(ReportForm.MAX_REASON);
        reason.setWidth("28rem");
        dialog.add(new Paragraph(getTranslation("versions.activate.text", String.valueOf(version.versionNo()),
                ReportMetadata.originName(this, version.origin()),
                version.createdBy() == null ? "" : version.createdBy())), reason);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        Button ok = new Button(getTranslation("versions.activate.confirm"), click -> {
            if (reason.getValue().isBlank()) {
                FieldErrors.mark(reason, getTranslation("versions.activate.reason.required"));
                return;
            }
            try {
                reports.activate(detail.agencyCode(), detail.year(), version.versionNo(), reason.getValue().strip());
                dialog.close();
                Notices.saved(getTranslation("versions.activated", String.valueOf(version.versionNo())));
                onActivated.run();
            } catch (BackendException e) {
                if (!FieldErrors.place(e, java.util.Map.of("reason", reason))) {
                    Notices.failed(e);
                }
            }
        });
        ok.addClassName("activate-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    /** The document the version was read from, to download; nothing for a version typed in or sent as data. */
    private Component source(ReportVersion version) {
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
