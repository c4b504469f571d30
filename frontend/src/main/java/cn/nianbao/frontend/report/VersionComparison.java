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
import cn.nianbao.frontend.template.CellPlace;
import cn.nianbao.frontend.template.ReportTables;
import cn.nianbao.frontend.ui.TableLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Two versions of one report compared: the cells that differ side by side in a list (the cell's place in the
 * template, the earlier version's value, the later one's), the metadata that differs, and the later version in the
 * template's layout with the earlier value marked on every changed cell ("第 1 版 18"). Two whole reports do not fit
 * side by side on a screen without cutting 表三's columns, so the values stand side by side in the list instead.
 */
class VersionComparison extends Div {

    /** One changed cell: where it is and both values as shown. */
    record Change(String path, String place, String before, String after) {
    }

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
        if (!changed.isEmpty()) {
            add(changesGrid(changed.stream().map(path -> new Change(path, CellPlace.of(this, path), shown(before.get(path)),
                    shown(after.get(path)))).toList(), leftNo, rightNo));
        }
        ReportDetail.ReportVersion version = right.version();
        H4 title = new H4(getTranslation("versions.compare.side", String.valueOf(version.versionNo()),
                ReportMetadata.originName(this, version.origin()),
                version.createdBy() == null ? "" : version.createdBy(),
                version.createdAt() == null ? "" : ReportMetadata.CREATED_AT.format(version.createdAt())));
        Div later = new Div(title, new ReportTables(right.report(), changes(changed, before, leftNo)));
        later.addClassName("compare-later");
        later.getElement().setAttribute("data-version", String.valueOf(version.versionNo()));
        add(later);
    }

    private Grid<Change> changesGrid(List<Change> changes, int leftNo, int rightNo) {
        Grid<Change> grid = new Grid<>();
        TableLayout<Change> table = TableLayout.of(grid, "compare-changes");
        grid.setAllRowsVisible(true);
        table.textLabel("place", getTranslation("versions.compare.place"), Change::place, 24);
        // at least as wide as "第 12 版", so the heading stays on one line
        double widest = Math.max(TableLayout.textRem("第 12 版"), TableLayout.digitsRem(changes.stream()
                .mapToInt(change -> Math.max(change.before().length(), change.after().length())).max().orElse(1)));
        table.number("before", getTranslation("versions.number", String.valueOf(leftNo)),
                change -> new Span(change.before()), widest);
        table.number("after", getTranslation("versions.number", String.valueOf(rightNo)),
                change -> changedValue(change.after()), widest);
        grid.setItems(changes);
        return grid;
    }

    private static Span changedValue(String text) {
        Span value = new Span(text);
        value.addClassName("mark-changed");
        return value;
    }

    private String shown(Cell cell) {
        Cell value = cell == null ? Cell.MISSING : cell;
        return switch (value.state()) {
            case VALUE -> value.text();
            case BLANK -> getTranslation("cell.blank");
            case MISSING -> getTranslation("versions.compare.absent");
        };
    }

    /** On the later version: the earlier version's value on every changed cell. */
    private CellMarks changes(List<String> changed, Map<String, Cell> other, int otherNo) {
        Set<String> marked = Set.copyOf(changed);
        return path -> {
            if (!marked.contains(path)) {
                return List.of();
            }
            String value = shown(other.get(path));
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
