package cn.nianbao.frontend.security;

import java.util.Optional;

import cn.nianbao.frontend.backend.BackendCaller;
import cn.nianbao.frontend.backend.Credentials;
import cn.nianbao.frontend.backend.SignedIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The backend's caller is the signed-in user of the current request: their token comes from the
 * {@link BackendAuthentication} in the server-side session, their address from the request.
 */
@Component
public class SessionCaller implements BackendCaller {

    /** Set on the request whose backend call found the session over, so that the login page says why. */
    static final String SESSION_ENDED = SessionCaller.class.getName() + ".ended";

    private static final Logger LOG = LoggerFactory.getLogger(SessionCaller.class);

    private final AuthenticationContext authenticationContext;

    public SessionCaller(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<Credentials> credentials() {
        return CurrentUser.authentication().map(BackendAuthentication::token);
    }

    /** The address of the current request (the browser, or the proxy's client with forwarded headers on). */
    @Override
    public Optional<String> clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return Optional.of(request.getRemoteAddr());
        }
        return CurrentUser.authentication().map(BackendAuthentication::signInAddress);
    }

    /**
     * Puts the new token (and the user as the backend now sees them) into the session's security context, replacing
     * the old one for every later request of this session.
     */
    @Override
    public void renewed(SignedIn signedIn) {
        Optional<BackendAuthentication> current = CurrentUser.authentication();
        if (current.isEmpty()) {
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(current.get().renewed(signedIn));
        SecurityContextHolder.setContext(context);
        VaadinRequest request = VaadinRequest.getCurrent();
        WrappedSession session = request == null ? null : request.getWrappedSession(false);
        if (session != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    /**
     * The backend refused the token: signs the user out (the HTTP session ends) and sends the page to the login
     * view, which says 登录已失效，请重新登录.
     */
    @Override
    public void sessionEnded() {
        String user = CurrentUser.get().map(u -> u.username()).orElse("?");
        LOG.info("the backend refused the token of {}: signing out", user);
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            request.setAttribute(SESSION_ENDED, Boolean.TRUE);
        }
        UI ui = UI.getCurrent();
        if (ui != null && request != null) {
            try {
                authenticationContext.logout();
                return;
            } catch (RuntimeException e) {
                LOG.warn("signing {} out through Vaadin failed ({}), ending the session directly", user, e.toString());
            }
        }
        SecurityContextHolder.clearContext();
        WrappedSession session = request == null ? null : request.getWrappedSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // nothing left to end
            }
        }
        if (ui != null) {
            ui.getPage().setLocation(SignedOutHandler.EXPIRED);
        }
    }
}
