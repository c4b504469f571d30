package cn.nianbao.frontend.security;

import java.util.Optional;

import cn.nianbao.frontend.backend.Role;
import cn.nianbao.frontend.backend.User;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request, as the backend described them at sign-in (or at the last renewal). */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<BackendAuthentication> authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof BackendAuthentication signedIn && signedIn.isAuthenticated()
                ? Optional.of(signedIn) : Optional.empty();
    }

    public static Optional<User> get() {
        return authentication().map(BackendAuthentication::user);
    }

    public static boolean hasRole(Role role) {
        return get().filter(user -> !user.mustChangePassword()).map(user -> user.role() == role).orElse(false);
    }

    public static boolean mustChangePassword() {
        return get().map(User::mustChangePassword).orElse(false);
    }
}
