package cn.nianbao.frontend.shell;

import cn.nianbao.frontend.backend.BackendException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Errors in event listeners (a click, an upload) end here: the user gets a short Chinese notice, the log gets the
 * stack trace.
 */
@Component
public class ErrorHandlingSetup implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlingSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new FriendlyErrorHandler()));
    }

    static final class FriendlyErrorHandler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable error = event.getThrowable();
            LOG.error("unhandled error in the UI", error);
            UI ui = UI.getCurrent();
            if (ui == null) {
                return;
            }
            String text = error instanceof BackendException backend && backend.detail() != null
                    ? ui.getTranslation("error.action", backend.detail())
                    : ui.getTranslation("error.text");
            ui.access(() -> {
                Notification notice = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
                notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }
}
