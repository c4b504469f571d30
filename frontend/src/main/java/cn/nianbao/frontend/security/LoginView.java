package cn.nianbao.frontend.security;

import cn.nianbao.frontend.backend.BackendException;
import cn.nianbao.frontend.i18n.LanguageSwitch;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * 登录: the only page without sign-in. The form posts to Spring Security's form login ({@code POST /login}), which
 * asks the backend through {@link BackendAuthenticationProvider}. After a failure Spring Security comes back here
 * with {@code ?error} and keeps the reason in the HTTP session: wrong username or password, account locked (the
 * backend's sentence, which says until when), or the backend unreachable. {@code ?expired} and {@code ?logout} say why
 * the user is here again.
 */
@Route(value = Routes.LOGIN, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassName("login-view");
        LanguageSwitch language = new LanguageSwitch();
        Div top = new Div(language);
        top.addClassName("login-top");

        H1 name = new H1(getTranslation("app.name"));
        name.addClassName("login-product-name");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("login-product-subtitle");
        Div product = new Div(name, subtitle);
        product.addClassName("login-product");

        form.setI18n(i18n());
        form.setAction(Routes.LOGIN);
        form.setForgotPasswordButtonVisible(false);
        notice.addClassName("login-notice");
        notice.setVisible(false);
        Paragraph forgotten = new Paragraph(getTranslation("login.forgotten"));
        forgotten.addClassName("login-help");

        Div card = new Div(product, notice, form, forgotten);
        card.addClassName("login-card");
        Paragraph footer = new Paragraph(getTranslation("login.footer"));
        footer.addClassName("login-footer");
        add(top, card, footer);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.wrong"));
        error.setMessage(getTranslation("login.error.wrong.text"));
        error.setUsername(getTranslation("login.required.username"));
        error.setPassword(getTranslation("login.required.password"));
        i18n.setAdditionalInformation(null);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.authentication().isPresent()) {
            // already signed in: nothing to do here
            event.forwardTo(Routes.HOME);
            return;
        }
        // the same view is reused when only the query changes: start from a clean form
        form.setI18n(i18n());
        form.setError(false);
        notice.setVisible(false);
        QueryParameters query = event.getLocation().getQueryParameters();
        if (query.getParameters().containsKey("error")) {
            showFailure(takeFailure());
        } else if (query.getParameters().containsKey("expired")) {
            form.showErrorMessage(getTranslation("login.expired"), getTranslation("login.expired.text"));
        } else if (query.getParameters().containsKey("logout")) {
            notice.setText(getTranslation("login.signed_out"));
            notice.setVisible(true);
        }
    }

    /** The reason Spring Security's failure handler kept in the session, taken out so it is shown once. */
    private static Exception takeFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        if (http == null) {
            return null;
        }
        Object failure = http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        http.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof Exception exception ? exception : null;
    }

    private void showFailure(Exception failure) {
        if (failure instanceof LockedException locked) {
            form.showErrorMessage(getTranslation("login.error.locked"),
                    locked.getMessage() == null ? getTranslation("login.error.locked.text") : locked.getMessage());
        } else if (failure instanceof SignInUnavailableException unavailable) {
            form.showErrorMessage(getTranslation("login.error.unavailable"), unavailable(unavailable));
        } else {
            // a wrong username or password, or a reason no longer in the session: the backend's one answer for both
            form.setError(true);
        }
    }

    private String unavailable(SignInUnavailableException failure) {
        BackendException.Reason reason = failure.reason();
        return switch (reason) {
            case UNREACHABLE -> getTranslation("backend.unreachable", failure.backendUrl());
            case TIMEOUT -> getTranslation("backend.timeout", failure.backendUrl());
            case UNREADABLE -> getTranslation("backend.unreadable", failure.backendUrl());
            default -> getTranslation("backend.error", String.valueOf(failure.status()));
        };
    }

    public LoginForm form() {
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("login.title"));
    }
}
