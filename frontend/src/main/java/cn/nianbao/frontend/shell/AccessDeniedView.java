package cn.nianbao.frontend.shell;

import cn.nianbao.frontend.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page the user's role may not open (Vaadin's navigation access control reroutes here): says so in Chinese, inside
 * the normal frame with the user's own menu, without naming what the page would have shown.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    private static final Logger LOG = LoggerFactory.getLogger(AccessDeniedView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        addClassName("error-view");
        addClassName("access-denied-view");
        String role = CurrentUser.get().map(user -> getTranslation("role." + user.role())).orElse("");
        LOG.info("{} may not open /{}", CurrentUser.get().map(user -> user.username()).orElse("?"),
                event.getLocation().getPath());
        add(new H2(getTranslation("error.denied.title")),
                new Paragraph(getTranslation("error.denied.text", role)));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
