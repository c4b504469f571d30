package cn.nianbao.backend.parser.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of one standard table in template order, and how a printed label is matched to one of them. The template
 * order is a strong prior: PDF text wraps labels over several lines and mixes in group headings, so of the rows
 * whose keywords a label contains, the first one after the row matched last is taken. Rows printed instead of one
 * another share a position; the one listed first wins (a sub-row of （六） over the single （六）其他处理 row).
 */
final class RowTemplate<R> {

    /** Similarity above which a label with misprinted keywords is still taken for the next expected row. */
    private static final double FUZZY_THRESHOLD = 0.6;

    private final List<RowLabel<R>> labels;

    RowTemplate(List<RowLabel<R>> labels) {
        this.labels = List.copyOf(labels);
    }

    List<RowLabel<R>> labels() {
        return labels;
    }

    RowLabel<R> label(R row) {
        return labels.stream().filter(l -> l.row().equals(row)).findFirst().orElseThrow();
    }

    /** A row printed instead of an earlier-listed one of the same position (（六）其他处理 instead of its sub-rows). */
    boolean isAlternative(RowLabel<R> label) {
        return labels.stream().takeWhile(l -> l != label).anyMatch(l -> l.order() == label.order());
    }

    /** The first row after {@code lastOrder} whose keywords the label contains (no restart, no similarity guess). */
    Optional<RowLabel<R>> next(String compactLabel, int lastOrder) {
        return labels.stream().filter(l -> l.order() > lastOrder && l.matches(compactLabel)).findFirst();
    }

    /** The first row that fits the label and comes after {@code lastOrder}; a restart of the table gives the first row. */
    Optional<RowLabel<R>> match(String compactLabel, int lastOrder) {
        List<RowLabel<R>> candidates = new ArrayList<>();
        for (RowLabel<R> label : labels) {
            if (label.matches(compactLabel)) {
                candidates.add(label);
            }
        }
        Optional<RowLabel<R>> next = candidates.stream().filter(l -> l.order() > lastOrder).findFirst();
        if (next.isPresent()) {
            return next;
        }
        if (!candidates.isEmpty()) {
            return Optional.of(candidates.getFirst());
        }
        return labels.stream()
                .filter(l -> l.order() > lastOrder && l.order() <= lastOrder + 2)
                .filter(l -> l.similarity(compactLabel) >= FUZZY_THRESHOLD)
                .findFirst();
    }
}
