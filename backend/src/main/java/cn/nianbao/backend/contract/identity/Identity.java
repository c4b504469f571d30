package cn.nianbao.backend.contract.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.nianbao.backend.contract.CellPath;

/**
 * One 勾稽关系 of the template: the cells on the left add up to the cells on the right. {@code subject} says where
 * it applies in the words of the template (表三 自然人, 表四 行政复议…).
 */
public record Identity(IdentityKind kind, String subject, List<Term> left, List<Term> right) {

    public Identity {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** Every term, left then right. */
    public List<Term> terms() {
        return Stream.concat(left.stream(), right.stream()).toList();
    }

    /** The contract paths of every cell it reads (last year's prefixed {@code previous.}). */
    public List<String> paths() {
        return terms().stream().map(Term::path).toList();
    }

    /** Whether it reads this cell of the report itself. */
    public boolean reads(CellPath cell) {
        return terms().stream().anyMatch(term -> !term.previousYear() && term.cell().equals(cell));
    }

    /** Checks the identity on this year's values (and last year's, for an identity across years). */
    public Check check(CellValues current, CellValues previous) {
        Long leftSum = sum(left, current, previous);
        Long rightSum = sum(right, current, previous);
        if (leftSum == null || rightSum == null) {
            return new Check(this, Check.State.INCOMPLETE, leftSum, rightSum);
        }
        return new Check(this, leftSum.equals(rightSum) ? Check.State.HOLDS : Check.State.BROKEN, leftSum, rightSum);
    }

    /** Checks an identity within one report. */
    public Check check(CellValues values) {
        return check(values, CellValues.NONE);
    }

    /**
     * The value of {@code unknown} that makes the identity hold, when every other term is known and the cell occurs
     * once; null otherwise. The demo generator derives its totals this way.
     */
    public Long solve(CellPath unknown, CellValues current, CellValues previous) {
        long leftSum = 0;
        long rightSum = 0;
        Boolean unknownOnLeft = null;
        List<Term> all = new ArrayList<>(left);
        all.addAll(right);
        for (int i = 0; i < all.size(); i++) {
            Term term = all.get(i);
            boolean onLeft = i < left.size();
            if (!term.previousYear() && term.cell().equals(unknown)) {
                if (unknownOnLeft != null) {
                    return null;
                }
                unknownOnLeft = onLeft;
                continue;
            }
            Long value = (term.previousYear() ? previous : current).value(term.cell());
            if (value == null) {
                return null;
            }
            if (onLeft) {
                leftSum += value;
            } else {
                rightSum += value;
            }
        }
        if (unknownOnLeft == null) {
            return null;
        }
        return unknownOnLeft ? rightSum - leftSum : leftSum - rightSum;
    }

    private static Long sum(List<Term> terms, CellValues current, CellValues previous) {
        long sum = 0;
        for (Term term : terms) {
            Long value = (term.previousYear() ? previous : current).value(term.cell());
            if (value == null) {
                return null;
            }
            sum += value;
        }
        return sum;
    }

    /** The outcome of one check: the two sums, when every cell was known. */
    public record Check(Identity identity, State state, Long left, Long right) {

        public enum State { HOLDS, BROKEN, INCOMPLETE }

        public boolean broken() {
            return state == State.BROKEN;
        }

        /** How far apart the sides are (left − right), when both are known. */
        public Long difference() {
            return left == null || right == null ? null : left - right;
        }
    }
}
