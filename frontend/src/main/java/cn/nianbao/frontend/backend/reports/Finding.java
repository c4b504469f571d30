package cn.nianbao.frontend.backend.reports;

import java.util.List;

import cn.nianbao.frontend.backend.SourcePlace;

/**
 * A quality rule's or the parser's finding on a report: {@code cells} are contract paths
 * ({@code requests.total_processed.total}, {@code agency}) the finding is about; {@code severity} is
 * {@code error}, {@code warning} or {@code info}; {@code source} where in the document they were read (empty when
 * not known).
 */
public record Finding(String code, String severity, String message, List<String> cells, List<SourcePlace> source) {

    public Finding {
        cells = cells == null ? List.of() : List.copyOf(cells);
        source = source == null ? List.of() : List.copyOf(source);
    }
}
