package cn.nianbao.backend.parser.table;

import static cn.nianbao.backend.contract.ProactiveRow.*;

import java.util.List;

import cn.nianbao.backend.contract.ProactiveRow;

/** 表二 (2021 format)'s rows, their keywords and how many cells each has. */
final class ProactiveTemplate {

    static final RowTemplate<ProactiveRow> TEMPLATE = new RowTemplate<>(List.of(
            RowLabel.of(REGULATIONS, 0, 3, "规章", "规章"),
            RowLabel.of(NORMATIVE_DOCUMENTS, 1, 3, "行政规范性文件", "规范性文件"),
            RowLabel.of(LICENSING, 2, 1, "行政许可", "行政许可"),
            RowLabel.of(PUNISHMENT, 3, 1, "行政处罚", "行政处罚"),
            RowLabel.of(ENFORCEMENT, 4, 1, "行政强制", "行政强制"),
            RowLabel.of(FEES, 5, 1, "行政事业性收费", "事业性收费", "行政收费")));

    /** Cells of the whole table in reading order: 3 + 3 + 1 + 1 + 1 + 1. */
    static final int CELLS = 10;

    private ProactiveTemplate() {
    }
}
