package cn.nianbao.frontend.template;

import java.util.List;

import com.vaadin.flow.component.Component;

/**
 * A cell's place in the national template in words, from its contract path: {@code requests.denied_state_secret.total}
 * is 表三 · （三）不予公开1.属于国家秘密 · 总计. For lists of cells, error messages and screen readers.
 */
public final class CellPlace {

    private CellPlace() {
    }

    public static String of(Component page, String path) {
        String[] parts = path.split("\\.");
        if (parts.length != 3) {
            return path;
        }
        String row = parts[1];
        String column = parts[2];
        return switch (parts[0]) {
            case "proactive" -> String.join(" · ", page.getTranslation("table.number.2"),
                    page.getTranslation("proactive.row." + row), page.getTranslation("proactive.column." + column));
            case "requests" -> String.join(" · ", page.getTranslation("table.number.3"), requestsRow(page, row),
                    page.getTranslation("requests.column." + column));
            case "reviews" -> String.join(" · ", page.getTranslation("table.number.4"),
                    page.getTranslation("reviews.group." + row), page.getTranslation("reviews.outcome." + column));
            default -> path;
        };
    }

    /** 表三's numbered rows under a group heading are named with it: 1.属于国家秘密 is under （三）不予公开. */
    private static String requestsRow(Component page, String row) {
        String label = page.getTranslation("requests.row." + row);
        for (String group : List.of("denied", "unable", "not_processed", "other")) {
            if (row.startsWith(group + "_") && !row.equals("other_unsplit")) {
                return page.getTranslation("requests.group." + group) + label;
            }
        }
        return label;
    }
}
