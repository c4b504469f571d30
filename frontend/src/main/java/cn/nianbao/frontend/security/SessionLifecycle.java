package cn.nianbao.frontend.security;

import cn.nianbao.frontend.backend.AuthClient;
import cn.nianbao.frontend.backend.BackendException;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How long a signed-in session lives (docs/FRONTEND.md, "Sessions and tokens"):
 * <ul>
 * <li>30 minutes without the user doing anything ({@code server.servlet.session.timeout=30m} with
 * {@code vaadin.close-idle-sessions=true}, so that Vaadin's heartbeats do not count as activity). When Vaadin closes
 * such an idle session, the HTTP session is ended too, so the Spring Security context goes with it and the next
 * request must sign in again;</li>
 * <li>while the page is open, every heartbeat renews the backend token when it is close to its end (tokens live 15
 * minutes), so that a user who reads a page for 20 minutes can still click on.</li>
 * </ul>
 */
@Component
class SessionLifecycle implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLifecycle.class);

    private final AuthClient backend;

    SessionLifecycle(AuthClient backend) {
        this.backend = backend;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroy -> endHttpSession(destroy.getSession()));
        event.getSource().addUIInitListener(init -> init.getUI().addHeartbeatListener(heartbeat -> renewToken()));
        event.getSource().setSystemMessagesProvider(info -> messages());
    }

    private void renewToken() {
        if (CurrentUser.authentication().isEmpty()) {
            return;
        }
        try {
            backend.renewIfDue();
        } catch (BackendException e) {
            // a refused token has ended the session already; an unreachable backend is tried again next time
            LOG.debug("token not renewed on heartbeat: {}", e.getMessage());
        }
    }

    private static void endHttpSession(VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http == null) {
            return;
        }
        try {
            http.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // the HTTP session ended first (sign-out, container timeout): nothing left to do
        }
    }

    /** Chinese messages of Vaadin's client; an expired session goes straight to the login page. */
    private static CustomizedSystemMessages messages() {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(SignedOutHandler.EXPIRED);
        messages.setInternalErrorCaption("系统内部错误");
        messages.setInternalErrorMessage("已记入日志。请记下未保存的内容，然后点击此处或按 Esc 继续。");
        messages.setCookiesDisabledCaption("浏览器禁用了 Cookie");
        messages.setCookiesDisabledMessage("年报通需要使用 Cookie 保持登录状态。请在浏览器中启用 Cookie 后点击此处重试。");
        return messages;
    }
}
