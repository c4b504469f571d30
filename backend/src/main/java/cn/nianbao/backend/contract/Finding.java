package cn.nianbao.backend.contract;

import java.util.List;

/**
 * Something a check found in a report: the rule's code (e.g. {@code TABLE_REPEATED}), its severity, a message in
 * Chinese for the supervisor, the contract paths of the cells it concerns (e.g. {@code requests.new_received.total}),
 * and where in the report those were read ({@code source}; null when not known, e.g. a document read without
 * positions).
 */
public record Finding(String code, Severity severity, String message, List<String> cells,
                      List<SourceLocation> source) {

    public Finding {
        cells = List.copyOf(cells);
        source = source == null ? null : List.copyOf(source);
    }

    /** A finding whose place in the source is not known. */
    public Finding(String code, Severity severity, String message, List<String> cells) {
        this(code, severity, message, cells, null);
    }
}
