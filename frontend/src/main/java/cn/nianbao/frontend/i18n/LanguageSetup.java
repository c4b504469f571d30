package cn.nianbao.frontend.i18n;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Every new UI starts in the language chosen in this session, Chinese until the user picks English; the browser's
 * language is deliberately not followed.
 */
@Component
public class LanguageSetup implements VaadinServiceInitListener {

    private static final String CHOICE = LanguageSetup.class.getName() + ".locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), chosen(init.getUI().getSession())));
    }

    /** Switches this session to {@code locale} and reloads the page so every text is drawn anew. */
    public static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(CHOICE, locale);
        apply(ui, locale);
        ui.getPage().reload();
    }

    public static Locale chosen(VaadinSession session) {
        Object choice = session == null ? null : session.getAttribute(CHOICE);
        return choice instanceof Locale locale ? locale : Translations.CHINESE;
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        // lets the browser pick Chinese glyph forms for the page text
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }
}
