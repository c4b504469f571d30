package cn.nianbao.frontend.account;

import cn.nianbao.frontend.backend.users.UserWithPassword;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a one-time password once, right after the backend made it (new user, password reset), with a copy button and
 * the hint to hand it over safely. Closed, it is gone: the dashboard keeps it nowhere and cannot show it again.
 */
class OneTimePasswordDialog extends Dialog {

    private final TextField password = new TextField();

    OneTimePasswordDialog(UserWithPassword created, boolean reset) {
        addClassName("one-time-password-dialog");
        setHeaderTitle(getTranslation(reset ? "users.otp.title.reset" : "users.otp.title.created"));
        setCloseOnOutsideClick(false);
        Paragraph who = new Paragraph(getTranslation("users.otp.who", created.user().shownName(),
                created.user().username()));
        password.setLabel(getTranslation("users.otp.label"));
        password.setValue(created.oneTimePassword());
        password.setReadOnly(true);
        password.addClassName("one-time-password");
        password.setWidth("18em");
        Button copy = new Button(getTranslation("users.otp.copy"), new Icon(VaadinIcon.COPY_O));
        copy.addClassName("copy-password");
        Clipboard.onClick(copy).writeText(created.oneTimePassword(),
                copied -> Notification.show(getTranslation("users.otp.copied"), 3000, Notification.Position.MIDDLE),
                failed -> Notification.show(getTranslation("users.otp.copy_failed"), 5000,
                        Notification.Position.MIDDLE));
        HorizontalLayout field = new HorizontalLayout(password, copy);
        field.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.END);
        Paragraph hint = new Paragraph(getTranslation("users.otp.hint"));
        hint.addClassName("one-time-password-hint");
        add(who, field, hint);
        Button close = new Button(getTranslation("users.otp.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClassName("close-one-time-password");
        getFooter().add(close);
    }

    String shownPassword() {
        return password.getValue();
    }
}
