package cn.nianbao.backend.quality.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.ApplicantColumn;
import cn.nianbao.backend.contract.ApplicantCounts;
import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.OutcomeCounts;
import cn.nianbao.backend.contract.ProactiveCells;
import cn.nianbao.backend.contract.ProactiveField;
import cn.nianbao.backend.contract.ProactiveRow;
import cn.nianbao.backend.contract.ReportFormat;
import cn.nianbao.backend.contract.RequestRow;
import cn.nianbao.backend.contract.ReviewOutcome;
import cn.nianbao.backend.contract.ReviewRow;
import cn.nianbao.backend.contract.identity.CellValues;
import cn.nianbao.backend.contract.identity.Identity;
import cn.nianbao.backend.contract.identity.IdentityCatalogue;

/** The rules on the three tables of one report: the identities, negative and blank cells, missing tables. */
final class TableRules {

    /** How many blank cells a message names before it says 等. */
    private static final int NAMED_BLANKS = 4;

    private TableRules() {
    }

    /** T3_BALANCE, T3_COLUMN_SUM, T3_OUTCOME_SUM and T4_SUM: every identity within one report that is broken. */
    static List<QualityFinding> identities(AnnualReport report, SourcePositions positions) {
        List<QualityFinding> found = new ArrayList<>();
        CellValues values = CellValues.of(report);
        for (Identity identity : IdentityCatalogue.withinOneReport()) {
            Identity.Check check = identity.check(values);
            if (check.broken()) {
                found.add(broken(RuleCatalogue.of(identity.kind()), check, new Figures(), positions));
            }
        }
        return found;
    }

    /** The finding of a broken identity: its subject, both sums and how far apart they are. */
    static QualityFinding broken(Rule rule, Identity.Check check, Figures extra, SourcePositions positions) {
        Figures figures = Figures.of("subject", check.identity().subject());
        extra.asMap().forEach(figures::with);
        figures.with("left", check.left()).with("right", check.right())
                .with("difference", Math.abs(check.difference()));
        List<String> cells = check.identity().paths();
        return QualityFinding.of(rule, figures, cells, positions.of(cells));
    }

    /** NEGATIVE_VALUE: one finding per negative cell. */
    static List<QualityFinding> negatives(AnnualReport report, Map<CellPath, Number> printed,
                                          SourcePositions positions) {
        List<QualityFinding> found = new ArrayList<>();
        for (Map.Entry<CellPath, Number> cell : printed.entrySet()) {
            Number value = cell.getValue();
            boolean negative = value instanceof BigDecimal decimal ? decimal.signum() < 0
                    : value != null && value.longValue() < 0;
            if (negative) {
                List<String> cells = List.of(cell.getKey().path());
                found.add(QualityFinding.of(RuleCatalogue.NEGATIVE_VALUE,
                        Figures.of("cell", cell.getKey().label()).with("value", value), cells, positions.of(cells)));
            }
        }
        return found;
    }

    /** BLANK_CELL: one finding per table that prints blank cells, naming every one of them. */
    static List<QualityFinding> blanks(AnnualReport report, Map<CellPath, Number> printed,
                                       SourcePositions positions) {
        Map<String, List<CellPath>> blankByTable = new LinkedHashMap<>();
        printed.forEach((cell, value) -> {
            String table = table(cell);
            if (value == null) {
                blankByTable.computeIfAbsent(table, key -> new ArrayList<>()).add(cell);
            }
        });
        List<QualityFinding> found = new ArrayList<>();
        blankByTable.forEach((table, blanks) -> {
            List<String> cells = blanks.stream().map(CellPath::path).toList();
            found.add(QualityFinding.of(RuleCatalogue.BLANK_CELL, Figures.of("table", table)
                    .with("count", blanks.size()).with("where", where(report, table, blanks)), cells,
                    positions.of(cells)));
        });
        return found;
    }

    /**
     * TABLE_MISSING: a table the report's format has and the report lacks — 表二, 表三 and 表四 in the 2021 format,
     * 表三 and 表四 in the 2019 trial format (its 表二 has no place in the contract); nothing for free-form reports.
     */
    static List<QualityFinding> missingTables(AnnualReport report, SourcePositions positions) {
        List<QualityFinding> found = new ArrayList<>();
        if (report.format() == ReportFormat.PRE2019) {
            return found;
        }
        if (report.format() == ReportFormat.F2021 && (report.proactive() == null || report.proactive().isEmpty())) {
            found.add(missing("表二（主动公开政府信息情况）", "proactive", positions));
        }
        if (report.requests() == null || report.requests().isEmpty()) {
            found.add(missing("表三（收到和处理政府信息公开申请情况）", "requests", positions));
        }
        if (report.reviews() == null || report.reviews().isEmpty()) {
            found.add(missing("表四（政府信息公开行政复议、行政诉讼情况）", "reviews", positions));
        }
        return found;
    }

    /** A table absent, or found and not read: then at the place of its heading, when the parser gives it. */
    private static QualityFinding missing(String table, String key, SourcePositions positions) {
        return QualityFinding.of(RuleCatalogue.TABLE_MISSING, Figures.of("table", table), List.of(key),
                positions.of(List.of(key)));
    }

    /** Every cell of every printed row, in template order, with its value (null when printed blank). */
    static Map<CellPath, Number> printedCells(AnnualReport report) {
        Map<CellPath, Number> cells = new LinkedHashMap<>();
        if (report.proactive() != null) {
            for (Map.Entry<ProactiveRow, ProactiveCells> row : report.proactive().entrySet()) {
                for (ProactiveField field : ProactiveField.values()) {
                    if (field.belongsTo(row.getKey())) {
                        CellPath.Proactive cell = CellPath.proactive(row.getKey(), field);
                        cells.put(cell, cell.valueIn(report));
                    }
                }
            }
        }
        if (report.requests() != null) {
            for (Map.Entry<RequestRow, ApplicantCounts> row : report.requests().entrySet()) {
                for (ApplicantColumn column : ApplicantColumn.values()) {
                    cells.put(CellPath.request(row.getKey(), column), row.getValue().get(column));
                }
            }
        }
        if (report.reviews() != null) {
            for (Map.Entry<ReviewRow, OutcomeCounts> row : report.reviews().entrySet()) {
                for (ReviewOutcome outcome : ReviewOutcome.values()) {
                    cells.put(CellPath.review(row.getKey(), outcome), row.getValue().get(outcome));
                }
            }
        }
        return cells;
    }

    private static String table(CellPath cell) {
        return switch (cell) {
            case CellPath.Proactive ignored -> "表二";
            case CellPath.Request ignored -> "表三";
            case CellPath.Review ignored -> "表四";
        };
    }

    /** 科研机构、社会公益组织两列全部空白; or the first cells by name, 等. */
    private static String where(AnnualReport report, String table, List<CellPath> blanks) {
        if (table.equals("表三")) {
            int rows = report.requests().size();
            List<String> wholeColumns = new ArrayList<>();
            for (ApplicantColumn column : ApplicantColumn.values()) {
                long blankInColumn = blanks.stream()
                        .filter(cell -> ((CellPath.Request) cell).column() == column).count();
                if (blankInColumn == rows) {
                    wholeColumns.add(column.label());
                }
            }
            if (!wholeColumns.isEmpty() && wholeColumns.size() * rows == blanks.size()) {
                return String.join("、", wholeColumns) + (wholeColumns.size() > 1 ? " " + wholeColumns.size()
                        + " 列" : " 一列") + "全部空白";
            }
        }
        List<String> named = blanks.stream().limit(NAMED_BLANKS).map(cell -> cell.label().substring(3)).toList();
        return String.join("；", named) + (blanks.size() > NAMED_BLANKS ? " 等" : "");
    }
}
