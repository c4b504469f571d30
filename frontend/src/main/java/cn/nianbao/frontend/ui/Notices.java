package cn.nianbao.frontend.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short confirmation at the top of the page after a change was saved. */
public final class Notices {

    private Notices() {
    }

    public static void saved(String text) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
