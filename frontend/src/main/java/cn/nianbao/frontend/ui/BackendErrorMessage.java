package cn.nianbao.frontend.ui;

import cn.nianbao.frontend.backend.BackendException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Says in plain words why the page has no data: the backend is not running, too slow, or answered with a problem.
 * The backend's own Chinese {@code detail} is shown as it is; a stack trace never is.
 */
public class BackendErrorMessage extends Div {

    public BackendErrorMessage(BackendException error) {
        addClassName("backend-error");
        getElement().setAttribute("role", "alert");
        Span headline = new Span(headline(error));
        headline.addClassName("backend-error-headline");
        add(headline);
        if (error.reason() == BackendException.Reason.SESSION_ENDED) {
            addClassName("session-ended");
        } else if (error.reason() == BackendException.Reason.ERROR_ANSWER && error.detail() != null) {
            add(new Paragraph(error.detail()));
        }
        if (!error.fieldErrors().isEmpty()) {
            UnorderedList fields = new UnorderedList();
            error.fieldErrors().forEach(f -> fields.add(new ListItem(f.field() + "：" + f.message())));
            add(fields);
        }
    }

    private String headline(BackendException error) {
        return switch (error.reason()) {
            case UNREACHABLE -> getTranslation("backend.unreachable", error.backendUrl());
            case TIMEOUT -> getTranslation("backend.timeout", error.backendUrl());
            case UNREADABLE -> getTranslation("backend.unreadable", error.backendUrl());
            case TOO_LARGE -> getTranslation("backend.too_large", error.backendUrl());
            case SESSION_ENDED -> getTranslation("backend.session_ended");
            case ERROR_ANSWER -> error.title() != null ? error.title()
                    : getTranslation("backend.error", String.valueOf(error.status()));
        };
    }
}
