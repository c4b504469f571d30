package cn.nianbao.backend.analytics;

import cn.nianbao.backend.contract.CellPath;

/** The three standard tables; a metric reads one of them, and a report may lack any of them. */
public enum ReportTable {
    PROACTIVE("表二"),
    REQUESTS("表三"),
    REVIEWS("表四");

    private final String label;

    ReportTable(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ReportTable of(CellPath cell) {
        return switch (cell) {
            case CellPath.Proactive ignored -> PROACTIVE;
            case CellPath.Request ignored -> REQUESTS;
            case CellPath.Review ignored -> REVIEWS;
        };
    }
}
