package cn.nianbao.frontend.i18n;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The words Vaadin's page itself says, outside any view — the connection indicator announces "Online" and
 * "Connection lost" to screen readers — in the page's language. Set on every new UI, after {@link LanguageSetup}
 * has given it the session's language.
 */
@Component
public class ClientTexts implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    static void apply(UI ui) {
        // the session's language, whichever init listener runs first
        Locale locale = LanguageSetup.chosen(ui.getSession());
        String online = ui.getTranslation(locale, "connection.online");
        String lost = ui.getTranslation(locale, "connection.lost");
        String reconnecting = ui.getTranslation(locale, "connection.reconnecting");
        ui.getReconnectDialogConfiguration().setDialogText(reconnecting);
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(lost);
        // the indicator is created by the page's script; its texts are properties of that one element
        ui.getPage().executeJs("""
                const set = () => {
                  const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                  if (!indicator) { return false; }
                  indicator.onlineText = $0;
                  indicator.offlineText = $1;
                  indicator.reconnectingText = $2;
                  return true;
                };
                if (!set()) { setTimeout(set, 0); }""",
                online, lost, reconnecting);
    }
}
