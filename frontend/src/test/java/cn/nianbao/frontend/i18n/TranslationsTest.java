package cn.nianbao.frontend.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void chineseComesFirstAndIsTheAnswerForAnyLanguageButEnglish() {
        assertEquals(Translations.CHINESE, translations.getProvidedLocales().get(0));
        assertEquals("总览", translations.getTranslation("nav.overview", Locale.GERMANY));
        assertEquals("总览", translations.getTranslation("nav.overview", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Overview", translations.getTranslation("nav.overview", Locale.US));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(keys(Locale.ROOT), keys(Translations.ENGLISH));
    }

    @Test
    void everyPatternFormatsWithoutLosingItsPlaceholders() {
        for (Locale locale : translations.getProvidedLocales()) {
            ResourceBundle bundle = Translations.bundle(locale);
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                if (pattern.contains("{0}")) {
                    String text = new MessageFormat(pattern, locale).format(new Object[] {"甲", "乙", "丙", "丁", "戊"});
                    assertTrue(text.contains("甲"), () -> locale + " " + key + " loses {0}: " + text);
                    assertTrue(!text.contains("{"), () -> locale + " " + key + " keeps a brace: " + text);
                }
            }
        }
    }

    @Test
    void parametersFillTheChineseMessage() {
        assertEquals("无法连接后端服务（http://localhost:8081），请确认后端已启动。",
                translations.getTranslation("backend.unreachable", Locale.CHINA, "http://localhost:8081"));
    }

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(Translations.bundle(locale).keySet());
    }
}
