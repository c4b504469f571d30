package cn.nianbao.frontend.shell;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.ui.BackendErrorMessage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of Vaadin's own error page when building a page fails: a short Chinese sentence, never a stack trace
 * (that goes to the log).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        addClassName("error-view");
        Exception error = parameter.getCaughtException();
        add(new H2(getTranslation("error.title")));
        if (error instanceof BackendException backend) {
            LOG.warn("backend failed while opening {}: {}", event.getLocation().getPath(), backend.getMessage());
            add(new BackendErrorMessage(backend));
            return HttpServletResponse.SC_BAD_GATEWAY;
        }
        LOG.error("page {} failed", event.getLocation().getPath(), error);
        add(new Paragraph(getTranslation("error.text")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
