package cn.nianbao.frontend.security;

import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.User;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends signed-in users where they belong before Vaadin's access control looks at the target:
 * <ul>
 * <li>a user with a one-time password to 修改密码, whatever they open, until they have changed it;</li>
 * <li>a clerk who opens the start page ({@code /}, 总览 of a region, which has nothing for one body) to 年报 of
 * their own body.</li>
 * </ul>
 * Registered through Spring's {@code ServiceInitEvent}, which Vaadin publishes before it calls the
 * {@code VaadinServiceInitListener} beans, one of which installs the access control: so this listener runs first on
 * every navigation, and forwarding here replaces an "access denied" that would otherwise be shown.
 */
@Component
class NavigationGuard {

    @EventListener
    void installOn(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(NavigationGuard::guard));
    }

    static void guard(BeforeEnterEvent event) {
        User user = CurrentUser.get().orElse(null);
        if (user == null) {
            return;
        }
        String path = event.getLocation().getPath();
        if (user.mustChangePassword()) {
            if (!path.equals(Routes.PASSWORD) && !path.equals(Routes.LOGIN)) {
                event.forwardTo(Routes.PASSWORD);
            }
        } else if (user.role() == Role.CLERK && path.equals(Routes.HOME)) {
            event.forwardTo(Routes.REPORT);
        }
    }
}
