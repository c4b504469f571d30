package cn.nianbao.backend.contract.identity;

import cn.nianbao.backend.contract.CellPath;

/** One cell added up on one side of an identity: of the report itself, or of the same body's previous year. */
public record Term(CellPath cell, boolean previousYear) {

    static Term current(CellPath cell) {
        return new Term(cell, false);
    }

    static Term previous(CellPath cell) {
        return new Term(cell, true);
    }

    /** The contract path, prefixed {@code previous.} for last year's cell. */
    public String path() {
        return previousYear ? "previous." + cell.path() : cell.path();
    }
}
