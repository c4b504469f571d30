package cn.nianbao.backend.analytics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.nianbao.backend.contract.CellPath;

/**
 * The sum of some cells of one report, known only when every cell is printed (a blank makes the sum unknown, never
 * smaller). Where the template has two layouts — （六）其他处理 split into three rows since 2021, one row in 2019 —
 * {@code layouts} lists both and the first one the report prints in full counts.
 */
public record CellSum(String id, String label, String unit, MetricKind kind, MetricGroup group,
                      List<List<CellPath>> layouts) implements Metric {

    public CellSum {
        layouts = layouts.stream().map(List::copyOf).toList();
        if (layouts.isEmpty() || layouts.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("指标 " + id + " 没有单元格");
        }
        if (kind == MetricKind.RATE) {
            throw new IllegalArgumentException("指标 " + id + " 是单元格之和，不是比率");
        }
        ReportTable table = ReportTable.of(layouts.getFirst().getFirst());
        if (layouts.stream().flatMap(List::stream).anyMatch(cell -> ReportTable.of(cell) != table)) {
            throw new IllegalArgumentException("指标 " + id + " 的单元格不在同一张表中");
        }
    }

    /** A sum in one layout. */
    public static CellSum of(String id, String label, String unit, MetricKind kind, MetricGroup group,
                             List<CellPath> cells) {
        return new CellSum(id, label, unit, kind, group, List.of(cells));
    }

    @Override
    public ReportTable table() {
        return ReportTable.of(layouts.getFirst().getFirst());
    }

    /** Every cell it may read, each once, in order. */
    public Set<CellPath> cells() {
        Set<CellPath> cells = new LinkedHashSet<>();
        layouts.forEach(cells::addAll);
        return cells;
    }
}
