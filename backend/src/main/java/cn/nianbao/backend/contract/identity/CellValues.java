package cn.nianbao.backend.contract.identity;

import cn.nianbao.backend.contract.AnnualReport;
import cn.nianbao.backend.contract.CellPath;

/** Where an identity reads its cells: a stored report, or a table the parser is still reading. */
@FunctionalInterface
public interface CellValues {

    /** Nothing known: every cell is missing. */
    CellValues NONE = cell -> null;

    /** The cell's count, or null when it is missing, blank or not known (yet). */
    Long value(CellPath cell);

    /** The counts of a report in contract form. */
    static CellValues of(AnnualReport report) {
        if (report == null) {
            return NONE;
        }
        return cell -> {
            Number value = cell.valueIn(report);
            return value == null ? null : value.longValue();
        };
    }
}
