package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.parser.finding.FindingCode;
import cn.nianbao.backend.parser.finding.Findings;

/**
 * Collects a table's cells left null because the parser cannot be sure of them, and reports them as one
 * {@code AMBIGUOUS_CELL} finding that names the cells and, where known, the values they could have.
 */
final class AmbiguousCells {

    /** Cells named with their candidates in the message; the finding lists them all. */
    private static final int NAMED = 4;

    private final List<String> paths = new ArrayList<>();
    private final List<String> described = new ArrayList<>();

    void add(String path, CellReading cell) {
        if (cell.state() != CellReading.State.AMBIGUOUS) {
            return;
        }
        paths.add(path);
        if (described.size() < NAMED) {
            String label = CellPath.parse(path).map(CellPath::label).orElse(path);
            described.add(cell.candidates().size() > 1
                    ? "「" + label + "」可能是 " + cell.candidates().stream().limit(6).map(String::valueOf)
                            .collect(Collectors.joining("、")) + (cell.candidates().size() > 6 ? " 等" : "")
                    : "「" + label + "」");
        }
    }

    void report(String table, Findings findings) {
        if (paths.isEmpty()) {
            return;
        }
        findings.add(FindingCode.AMBIGUOUS_CELL, Severity.WARNING, table + "有 " + paths.size()
                + " 个单元格无法确定（有多种读法都说得通，或读到的位置得不到勾稽关系的印证），已留空："
                + String.join("；", described) + (paths.size() > NAMED ? " 等" : ""), paths);
    }
}
