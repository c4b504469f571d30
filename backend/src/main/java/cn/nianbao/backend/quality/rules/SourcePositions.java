package cn.nianbao.backend.quality.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.nianbao.backend.contract.SourceLocation;
import cn.nianbao.backend.contract.SourceRows;

/**
 * Where the parser read each cell of a document (page, line, the text there), so that a finding can point into the
 * source. The parser gives the line of each table row it read ({@link SourceRows}), kept with the version stored
 * from the document; a report entered as data has {@link #NONE}, and its findings then carry no source.
 */
@FunctionalInterface
public interface SourcePositions {

    SourcePositions NONE = cell -> Optional.empty();

    /** The places of a parsed document's rows; {@link #NONE} for null or none. */
    static SourcePositions of(SourceRows rows) {
        return rows == null || rows.isEmpty() ? NONE : rows::of;
    }

    /**
     * The places of a stored version's rows, parsed only when a finding first asks for a place (most reports have
     * no finding on a table cell).
     */
    static SourcePositions of(Supplier<SourceRows> rows) {
        return cell -> rows.get().of(cell);
    }

    /** Where the cell with this contract path was read, if known. */
    Optional<SourceLocation> of(String cell);

    /** The known places of these cells, or null when none is known. */
    default List<SourceLocation> of(List<String> cells) {
        List<SourceLocation> known = new ArrayList<>();
        for (String cell : cells) {
            of(cell).ifPresent(known::add);
        }
        return known.isEmpty() ? null : known;
    }
}
