package cn.nianbao.frontend.security;

import java.io.IOException;

import com.vaadin.flow.component.UI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Where the browser goes after signing out: the login page, saying 您已退出登录 after 退出, or 登录已失效，请重新登录
 * when the backend ended the session (token revoked or expired).
 */
class SignedOutHandler implements LogoutSuccessHandler {

    static final String SIGNED_OUT = "login?logout";
    static final String EXPIRED = "login?expired";

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
                                Authentication authentication) throws IOException {
        boolean ended = request != null && Boolean.TRUE.equals(request.getAttribute(SessionCaller.SESSION_ENDED));
        String target = ended ? EXPIRED : SIGNED_OUT;
        UI ui = UI.getCurrent();
        if (ui != null) {
            // a Vaadin request: the page goes there (relative to the application's base URL)
            ui.getPage().setLocation(target);
        } else if (response != null && !response.isCommitted()) {
            response.sendRedirect((request == null ? "" : request.getContextPath()) + "/" + target);
        }
    }
}
