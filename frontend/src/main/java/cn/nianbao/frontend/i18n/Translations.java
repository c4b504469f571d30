package cn.nianbao.frontend.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/**
 * The texts of the pages, from {@code vaadin-i18n/translations.properties} (Chinese, the default) and
 * {@code translations_en.properties}. Chinese comes first: the supervisors are Chinese government offices, whatever
 * language their browser reports.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "vaadin-i18n.translations";

    /** Looks up ROOT for Chinese: the base file is the Chinese one and no other fallback may slip in. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing key shows itself rather than breaking the page
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    static ResourceBundle bundle(Locale locale) {
        Locale lookup = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, lookup, Translations.class.getClassLoader(), NO_FALLBACK);
    }
}
