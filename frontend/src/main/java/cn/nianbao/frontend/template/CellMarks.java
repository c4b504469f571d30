package cn.nianbao.frontend.template;

import java.io.Serializable;
import java.util.List;

/**
 * What a page marks on the cells of the template tables, by contract path ({@code requests.granted.natural_person},
 * {@code reviews.litigation_direct.total}, {@code proactive.fees.amount_wan_yuan}): the one hook through which the
 * roll-up's blank counts, last year's values and the quality checks' findings reach a cell. Every cell also carries
 * its path in the page ({@code data-path}).
 */
@FunctionalInterface
public interface CellMarks extends Serializable {

    CellMarks NONE = path -> List.of();

    /** The notes for the cell at {@code path}, in the order shown; empty for none. */
    List<CellMark> at(String path);

    /** Both pages' notes, this one's first. */
    default CellMarks and(CellMarks other) {
        return path -> {
            List<CellMark> first = at(path);
            List<CellMark> second = other.at(path);
            if (first.isEmpty()) {
                return second;
            }
            return second.isEmpty() ? first : java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
        };
    }
}
