package cn.nianbao.frontend.i18n;

import java.util.Locale;

import com.vaadin.flow.component.select.Select;

/** 中文 / English: switches the session's language and reloads the page (see {@link LanguageSetup}). */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        addClassName("language-switch");
        setItems(Translations.CHINESE, Translations.ENGLISH);
        setItemLabelGenerator(locale -> Translations.ENGLISH.equals(locale) ? "English" : "中文");
        setAriaLabel(getTranslation("language.label"));
        setValue(getLocale() != null && "en".equals(getLocale().getLanguage())
                ? Translations.ENGLISH : Translations.CHINESE);
        addValueChangeListener(event -> {
            if (event.isFromClient()) {
                getUI().ifPresent(ui -> LanguageSetup.choose(ui, event.getValue()));
            }
        });
    }
}
