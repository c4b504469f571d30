package cn.nianbao.frontend.ui;

import java.util.Locale;

import cn.nianbao.frontend.backend.analytics.Metric;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * Names the backend gives in Chinese (metrics, tiles): shown as they are in the Chinese interface, where the backend
 * is the authority; in English from the translations, falling back to the backend's words.
 */
public final class BackendLabels {

    private BackendLabels() {
    }

    public static String metric(Component page, Metric metric) {
        return metric == null ? "" : label(page, "metric." + metric.id(), metric.label());
    }

    public static String tile(Component page, String id, String label) {
        return label(page, "tile." + id, label);
    }

    private static String label(Component page, String key, String backendLabel) {
        Locale locale = page.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent() == null ? null
                : UI.getCurrent().getLocale());
        boolean english = locale != null && "en".equals(locale.getLanguage());
        if (english || backendLabel == null || backendLabel.isBlank()) {
            String translated = page.getTranslation(key);
            if (!translated.startsWith("!")) {
                return translated;
            }
        }
        return backendLabel == null ? "" : backendLabel;
    }
}
