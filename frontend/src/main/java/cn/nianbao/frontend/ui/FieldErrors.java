package cn.nianbao.frontend.ui;

import java.util.Map;

import cn.nianbao.frontend.backend.BackendException;
import com.vaadin.flow.component.HasValidation;

/** Shows what the backend refused at the form field it names (the {@code errors} of its problem detail). */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /**
     * Marks each field that {@code refusal} names, by its API name (snake_case).
     *
     * @return whether any error found its field; if none did, the caller shows the refusal for the whole form
     */
    public static boolean place(BackendException refusal, Map<String, ? extends HasValidation> fields) {
        boolean placed = false;
        for (Map.Entry<String, ? extends HasValidation> field : fields.entrySet()) {
            String message = refusal.fieldError(field.getKey()).orElse(null);
            if (message != null) {
                mark(field.getValue(), message);
                placed = true;
            }
        }
        return placed;
    }
}
