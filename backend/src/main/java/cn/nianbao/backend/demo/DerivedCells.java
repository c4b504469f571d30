package cn.nianbao.backend.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.nianbao.backend.contract.CellPath;
import cn.nianbao.backend.contract.identity.CellValues;
import cn.nianbao.backend.contract.identity.Identity;
import cn.nianbao.backend.contract.identity.IdentityCatalogue;
import cn.nianbao.backend.contract.identity.IdentityKind;

/**
 * Cells the demo generator knows so far, and the cells it derives from them: each through the identity of the
 * catalogue that defines it (总计 from its row, （七）总计 from the outcome rows, 上年结转 from last year's 结转下年度…),
 * so that no sum of the template is written here a second time.
 */
final class DerivedCells implements CellValues {

    private final Map<CellPath, Long> known = new HashMap<>();

    DerivedCells put(CellPath cell, long value) {
        known.put(cell, value);
        return this;
    }

    @Override
    public Long value(CellPath cell) {
        return known.get(cell);
    }

    /** Derives {@code unknown} from the identity of {@code kind} that reads it, and keeps it. */
    int derive(IdentityKind kind, CellPath unknown) {
        int value = solve(kind, unknown, this, CellValues.NONE, identity -> true);
        put(unknown, value);
        return value;
    }

    /**
     * The value of {@code unknown} that makes the one identity of {@code kind} reading it (and accepted by
     * {@code which}) hold, given this year's and last year's cells.
     */
    static int solve(IdentityKind kind, CellPath unknown, CellValues current, CellValues previous,
                     Predicate<Identity> which) {
        Long value = identity(kind, unknown, which).solve(unknown, current, previous);
        if (value == null) {
            throw new IllegalStateException(kind + " 无法求出 " + unknown + "：其他单元格未知");
        }
        return Math.toIntExact(value);
    }

    /** The sum of the left side of the one identity of {@code kind} reading {@code cell}, e.g. 一+二 of the balance. */
    static int leftSide(IdentityKind kind, CellPath cell, CellValues current) {
        Long left = identity(kind, cell, identity -> true).check(current).left();
        if (left == null) {
            throw new IllegalStateException(kind + " 的左边不全：" + cell);
        }
        return Math.toIntExact(left);
    }

    private static Identity identity(IdentityKind kind, CellPath cell, Predicate<Identity> which) {
        List<Identity> found = IdentityCatalogue.of(kind).stream()
                .filter(identity -> identity.reads(cell)).filter(which).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(kind + " 中读取 " + cell + " 的恒等式应有 1 个，实有 " + found.size());
        }
        return found.getFirst();
    }
}
