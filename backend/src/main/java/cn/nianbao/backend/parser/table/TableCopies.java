package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

import cn.nianbao.backend.contract.Severity;
import cn.nianbao.backend.parser.finding.FindingCode;
import cn.nianbao.backend.parser.finding.Findings;
import cn.nianbao.backend.parser.text.Token;

/**
 * A table printed more than once: the values are those of the first complete copy; every further copy is compared
 * with it cell by cell and reported — a warning when it agrees, an error naming the differing cells when not.
 */
final class TableCopies {

    private TableCopies() {
    }

    /** The printed copies of a table, and whether their rows were put in place by the order of the numbers alone. */
    record Chosen<R>(List<Map<R, List<Token>>> copies, boolean byOrder) {
    }

    /**
     * The printed copies of a table with labels: the label reading when it is clean and holds a complete copy,
     * otherwise the reading by number order, otherwise a clean but incomplete label reading; null when none works.
     */
    static <R> Chosen<R> choose(RowModeReader.Reading<R> byLabels, Predicate<Map<R, List<Token>>> complete,
                                Supplier<List<Map<R, List<Token>>>> byOrder) {
        if (byLabels.clean() && byLabels.copies().stream().anyMatch(complete)) {
            return new Chosen<>(byLabels.copies(), false);
        }
        List<Map<R, List<Token>>> ordered = byOrder.get();
        if (ordered == null && byLabels.clean() && !byLabels.copies().isEmpty()) {
            return new Chosen<>(byLabels.copies(), false);
        }
        return ordered == null ? null : new Chosen<>(ordered, true);
    }

    /** The index of the first complete copy (the one whose values count), or 0 when none is complete. */
    static <R> int firstComplete(List<Map<R, List<Token>>> copies, Predicate<Map<R, List<Token>>> complete) {
        for (int i = 0; i < copies.size(); i++) {
            if (complete.test(copies.get(i))) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Reports the copies after the first as {@code TABLE_REPEATED}.
     *
     * @param cellPath contract path of a (row, cell index)
     */
    static <R> void report(String tableName, List<Map<R, List<CellReading>>> copies, int chosen,
                           BiFunction<R, Integer, String> cellPath, Findings findings) {
        if (copies.size() < 2) {
            return;
        }
        Map<R, List<CellReading>> first = copies.get(chosen);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < copies.size(); i++) {
            if (i == chosen) {
                continue;
            }
            for (var entry : copies.get(i).entrySet()) {
                List<CellReading> mine = first.get(entry.getKey());
                for (int c = 0; c < entry.getValue().size(); c++) {
                    CellReading other = entry.getValue().get(c);
                    CellReading own = mine == null || c >= mine.size() ? null : mine.get(c);
                    if (own == null || !Objects.equals(value(own), value(other))) {
                        String path = cellPath.apply(entry.getKey(), c);
                        if (!differing.contains(path)) {
                            differing.add(path);
                        }
                    }
                }
            }
        }
        if (differing.isEmpty()) {
            findings.add(FindingCode.TABLE_REPEATED, Severity.WARNING,
                    tableName + "重复印了 " + copies.size() + " 次，各次内容一致；取第一份完整的表", List.of());
        } else {
            findings.add(FindingCode.TABLE_REPEATED, Severity.ERROR,
                    tableName + "重复印了 " + copies.size() + " 次，内容不一致（" + differing.size()
                            + " 个单元格不同）；取第一份完整的表", differing);
        }
    }

    private static Object value(CellReading cell) {
        return cell.value() == null ? cell.state() : cell.value().stripTrailingZeros();
    }
}
