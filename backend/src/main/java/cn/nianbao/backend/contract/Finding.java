package cn.nianbao.backend.contract;

import java.util.List;

/**
 * Something a check found in a report: the rule's code (e.g. {@code TABLE_REPEATED}), its severity, a message in
 * Chinese for the supervisor, and the contract paths of the cells it concerns (e.g. {@code requests.new_received.total}).
 */
public record Finding(String code, Severity severity, String message, List<String> cells) {

    public Finding {
        cells = List.copyOf(cells);
    }
}
