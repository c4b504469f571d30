package cn.nianbao.frontend.backend.reports;

import java.util.List;

/**
 * A quality rule's or the parser's finding on a report: {@code cells} are contract paths
 * ({@code requests.total_processed.total}, {@code agency}) the finding is about; {@code severity} is
 * {@code error}, {@code warning} or {@code info}.
 */
public record Finding(String code, String severity, String message, List<String> cells) {

    public Finding {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }
}
