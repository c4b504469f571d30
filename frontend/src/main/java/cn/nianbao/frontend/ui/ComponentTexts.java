package cn.nianbao.frontend.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * The words Vaadin's components say on their own — mostly to screen readers ("14 items selected") — in the page's
 * language; their defaults are English.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /** Announcements of a multi-select combo box: 已选择 14 项, 已清除选择 … */
    public static <T> MultiSelectComboBox<T> apply(MultiSelectComboBox<T> box) {
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(text(box, "multiselect.cleared"))
                .setFocused(text(box, "multiselect.focused"))
                .setSelected(text(box, "multiselect.selected"))
                .setDeselected(text(box, "multiselect.deselected"))
                .setTotal(text(box, "multiselect.total"))
                .setRequiredErrorMessage(text(box, "multiselect.required")));
        return box;
    }

    /** The button that shows the password: 显示密码 rather than "Show password" (no Java API sets it). */
    public static PasswordField apply(PasswordField field) {
        field.getElement().executeJs("this.i18n = Object.assign({}, this.i18n, {reveal: $0})",
                text(field, "password.reveal"));
        return field;
    }

    private static String text(Component component, String key) {
        return component.getTranslation(key);
    }
}
