package cn.nianbao.frontend.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Div;

/**
 * 表三 收到和处理政府信息公开申请情况, laid out as in 国办公开办函〔2021〕30号: the rows with their group headings, the
 * seven applicant columns under 申请人情况 with 法人或其他组织 over its five kinds.
 */
public class RequestsTable extends Div {

    public static final List<String> COLUMNS = List.of("natural_person", "commercial", "research", "public_interest",
            "legal_services", "other", "total");
    private static final List<String> ORGANIZATION_COLUMNS = COLUMNS.subList(1, 6);

    private final Grid<TemplateRow> grid;

    public RequestsTable(Map<String, ? extends Map<String, ? extends Number>> requests) {
        this(requests, CellMarks.NONE, null);
    }

    /**
     * @param marks        the page's notes on cells, by contract path
     * @param unsplitLabel the label of {@code other_unsplit} when the three rows of （六） are shown beside it (the
     *                     roll-up of reports in both layouts); null: the report's own layout
     */
    public RequestsTable(Map<String, ? extends Map<String, ? extends Number>> requests, CellMarks marks,
                         String unsplitLabel) {
        this(requests, marks, unsplitLabel, null);
    }

    /** @param editor an input in each cell (the entry form); null: the numbers as printed */
    public RequestsTable(Map<String, ? extends Map<String, ? extends Number>> requests, CellMarks marks,
                         String unsplitLabel, CellEditor editor) {
        addClassName("template-table-wrapper");
        List<TemplateGrid.Column> columns = COLUMNS.stream()
                .map(code -> new TemplateGrid.Column(code, getTranslation("requests.column." + code))).toList();
        grid = TemplateGrid.create("requests-table", getTranslation("template.item"), columns, rows(requests, unsplitLabel), marks,
                editor);
        HeaderRow kinds = grid.prependHeaderRow();
        kinds.join(ORGANIZATION_COLUMNS.stream().map(grid::getColumnByKey).toArray(Grid.Column[]::new))
                .setText(getTranslation("requests.column.group.organization"));
        HeaderRow applicants = grid.prependHeaderRow();
        applicants.join(COLUMNS.stream().map(grid::getColumnByKey).toArray(Grid.Column[]::new))
                .setText(getTranslation("requests.column.group.applicants"));
        add(grid);
    }

    public Grid<TemplateRow> grid() {
        return grid;
    }

    private List<TemplateRow> rows(Map<String, ? extends Map<String, ? extends Number>> requests,
                                   String unsplitLabel) {
        List<TemplateRow> rows = new ArrayList<>();
        rows.add(row(requests, "new_received", 0));
        rows.add(row(requests, "carried_over", 0));
        rows.add(heading("results", 0));
        rows.add(row(requests, "granted", 1));
        rows.add(row(requests, "partially_granted", 1));
        rows.add(heading("denied", 1));
        for (String code : List.of("denied_state_secret", "denied_prohibited_by_law", "denied_security_stability",
                "denied_third_party_rights", "denied_internal_affairs", "denied_process_information",
                "denied_enforcement_file", "denied_administrative_query")) {
            rows.add(row(requests, code, 2));
        }
        rows.add(heading("unable", 1));
        for (String code : List.of("unable_not_held", "unable_needs_creation", "unable_unclear")) {
            rows.add(row(requests, code, 2));
        }
        rows.add(heading("not_processed", 1));
        for (String code : List.of("not_processed_complaint", "not_processed_duplicate", "not_processed_publication",
                "not_processed_excessive", "not_processed_confirmation")) {
            rows.add(row(requests, code, 2));
        }
        if (unsplitLabel != null) {
            // reports of both layouts added up: the three rows, and the one-row （六） of the 2019 layout on its own
            rows.add(heading("other", 1));
            for (String code : List.of("other_no_correction", "other_fee_unpaid", "other_other")) {
                rows.add(row(requests, code, 2));
            }
            TemplateRow unsplit = row(requests, "other_unsplit", 2);
            rows.add(new TemplateRow(unsplitLabel, 2, false, unsplit.cells(), unsplit.path()));
        } else if (requests.containsKey("other_unsplit")) {
            // the 2019 layout prints （六）其他处理 as one row
            rows.add(row(requests, "other_unsplit", 1));
        } else {
            rows.add(heading("other", 1));
            for (String code : List.of("other_no_correction", "other_fee_unpaid", "other_other")) {
                rows.add(row(requests, code, 2));
            }
        }
        rows.add(row(requests, "total_processed", 1));
        rows.add(row(requests, "carried_forward", 0));
        return rows;
    }

    private TemplateRow row(Map<String, ? extends Map<String, ? extends Number>> requests, String code, int level) {
        Map<String, ? extends Number> counts = requests.get(code);
        Map<String, Cell> cells = new LinkedHashMap<>();
        COLUMNS.forEach(column -> cells.put(column, Cell.of(counts, column)));
        return new TemplateRow(getTranslation("requests.row." + code), level, false, cells, "requests." + code);
    }

    private TemplateRow heading(String group, int level) {
        return TemplateRow.heading(getTranslation("requests.group." + group), level);
    }
}
