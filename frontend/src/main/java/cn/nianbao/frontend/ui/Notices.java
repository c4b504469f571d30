package cn.nianbao.frontend.ui;

import cn.nianbao.frontend.backend.BackendException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short notices at the top of the page: a change was saved, or an action could not be done. */
public final class Notices {

    private Notices() {
    }

    public static void saved(String text) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** 操作未能完成 and the backend's Chinese reason, when an action (not a page) failed. */
    public static void failed(BackendException e) {
        UI ui = UI.getCurrent();
        String text = e.detail() != null ? e.detail() : ui.getTranslation("error.text");
        Notification.show(ui.getTranslation("error.action", text), 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** An input the page would not take, with the reason. */
    public static void refused(String text) {
        Notification.show(text, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
