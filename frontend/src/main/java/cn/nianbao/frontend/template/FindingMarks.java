package cn.nianbao.frontend.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.frontend.backend.reports.Finding;
import cn.nianbao.frontend.ui.SourcePlaces;
import com.vaadin.flow.component.Component;

/**
 * The findings of the quality checks and the parser on the cells they name: "错误" or "警告" under the number, the
 * finding's Chinese message when hovered, with where the original printed the cell when that is known ("原件第 3 页第 88
 * 行"). A finding about the whole report names no cell and is listed by
 * {@link FindingList} instead.
 */
public final class FindingMarks {

    private FindingMarks() {
    }

    public static CellMarks of(Component page, List<Finding> findings) {
        Map<String, List<CellMark>> byPath = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String severity = severity(finding);
            for (String path : finding.cells()) {
                String hover = finding.source().stream().filter(place -> path.equals(place.cell())).findFirst()
                        .flatMap(place -> SourcePlaces.where(page, place))
                        .map(where -> page.getTranslation("finding.mark.where", finding.message(), where))
                        .orElse(finding.message());
                byPath.computeIfAbsent(path, key -> new ArrayList<>()).add(new CellMark(
                        page.getTranslation("finding.severity." + severity), "mark-finding-" + severity, hover));
            }
        }
        return path -> byPath.getOrDefault(path, List.of());
    }

    /** {@code error}, {@code warning} or {@code info}; anything else reads as info. */
    static String severity(Finding finding) {
        String severity = finding.severity() == null ? "" : finding.severity().toLowerCase(java.util.Locale.ROOT);
        return switch (severity) {
            case "error", "warning" -> severity;
            default -> "info";
        };
    }
}
