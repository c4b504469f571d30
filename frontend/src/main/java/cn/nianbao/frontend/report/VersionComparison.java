package cn.nianbao.frontend.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.nianbao.frontend.backend.reports.AnnualReportData;
import cn.nianbao.frontend.backend.reports.ReportDetail;
import cn.nianbao.frontend.template.Cell;
import cn.nianbao.frontend.template.CellMark;
import cn.nianbao.frontend.template.CellMarks;
import cn.nianbao.frontend.template.ReportTables;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Two versions of one report side by side, each in the template's layout; every cell that differs is marked on both
 * sides with the other version's value ("第 1 版 118"), and the metadata that differs is listed above.
 */
class VersionComparison extends Div {

    VersionComparison(ReportDetail left, ReportDetail right) {
        addClassName("version-comparison");
        setWidthFull();
        int leftNo = left.version().versionNo();
        int rightNo = right.version().versionNo();
        Map<String, Cell> before = cells(left.report());
        Map<String, Cell> after = cells(right.report());
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<String> changed = paths.stream().filter(path -> !same(before.get(path), after.get(path))).toList();
        List<String> metadata = metadataChanges(left.report(), right.report());
        Paragraph count = new Paragraph(changed.isEmpty() && metadata.isEmpty()
                ? getTranslation("versions.compare.same", String.valueOf(leftNo), String.valueOf(rightNo))
                : getTranslation("versions.compare.count", String.valueOf(leftNo), String.valueOf(rightNo),
                String.valueOf(changed.size())));
        count.addClassName("compare-count");
        add(count);
        if (!metadata.isEmpty()) {
            UnorderedList list = new UnorderedList();
            metadata.forEach(line -> list.add(new ListItem(line)));
            list.addClassName("compare-metadata");
            add(list);
        }
        Div sides = new Div(side(left, changes(changed, after, rightNo)), side(right, changes(changed, before, leftNo)));
        sides.addClassName("compare-sides");
        add(sides);
    }

    private Div side(ReportDetail detail, CellMarks marks) {
        ReportDetail.ReportVersion version = detail.version();
        H4 title = new H4(getTranslation("versions.compare.side", String.valueOf(version.versionNo()),
                ReportMetadata.originName(this, version.origin()),
                version.createdBy() == null ? "" : version.createdBy(),
                version.createdAt() == null ? "" : ReportMetadata.CREATED_AT.format(version.createdAt())));
        Div side = new Div(title, new ReportTables(detail.report(), marks));
        side.addClassName("compare-side");
        side.getElement().setAttribute("data-version", String.valueOf(version.versionNo()));
        return side;
    }

    /** On one side: the other version's value on every changed cell. */
    private CellMarks changes(List<String> changed, Map<String, Cell> other, int otherNo) {
        Set<String> marked = Set.copyOf(changed);
        return path -> {
            if (!marked.contains(path)) {
                return List.of();
            }
            Cell cell = other.getOrDefault(path, Cell.MISSING);
            String value = switch (cell.state()) {
                case VALUE -> cell.text();
                case BLANK -> getTranslation("cell.blank");
                case MISSING -> getTranslation("versions.compare.absent");
            };
            return List.of(new CellMark(getTranslation("versions.compare.other", String.valueOf(otherNo), value),
                    "mark-changed", getTranslation("versions.compare.other.tooltip", String.valueOf(otherNo), value)));
        };
    }

    /** Every cell of the three tables by contract path. */
    static Map<String, Cell> cells(AnnualReportData report) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        add(cells, "proactive", report.proactive());
        add(cells, "requests", report.requests());
        add(cells, "reviews", report.reviews());
        return cells;
    }

    private static void add(Map<String, Cell> cells, String table, Map<String, ? extends Map<String, ? extends Number>> rows) {
        if (rows == null) {
            return;
        }
        rows.forEach((row, columns) -> {
            if (columns != null) {
                columns.keySet().forEach(column -> cells.put(table + "." + row + "." + column, Cell.of(columns, column)));
            }
        });
    }

    static boolean same(Cell a, Cell b) {
        Cell left = a == null ? Cell.MISSING : a;
        Cell right = b == null ? Cell.MISSING : b;
        if (left.state() != right.state()) {
            return false;
        }
        return left.state() != Cell.State.VALUE
                || new BigDecimal(left.text()).compareTo(new BigDecimal(right.text())) == 0;
    }

    private List<String> metadataChanges(AnnualReportData a, AnnualReportData b) {
        List<String> changes = new ArrayList<>();
        change(changes, "meta.agency_as_printed", a.agency(), b.agency());
        change(changes, "meta.signed_on", a.signedOn(), b.signedOn());
        change(changes, "meta.published_on", a.publishedOn(), b.publishedOn());
        change(changes, "meta.url", a.url(), b.url());
        if (!Objects.equals(a.contact(), b.contact())) {
            changes.add(getTranslation("versions.compare.metadata.changed", getTranslation("meta.contact")));
        }
        return changes;
    }

    private void change(List<String> changes, String labelKey, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changes.add(getTranslation("versions.compare.metadata", getTranslation(labelKey),
                    a == null ? getTranslation("value.none") : a.toString(),
                    b == null ? getTranslation("value.none") : b.toString()));
        }
    }
}
