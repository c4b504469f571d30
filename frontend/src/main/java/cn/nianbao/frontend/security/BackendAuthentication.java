package cn.nianbao.frontend.security;

import java.util.List;

import cn.nianbao.frontend.backend.Credentials;
import cn.nianbao.frontend.backend.SignedIn;
import cn.nianbao.frontend.backend.User;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A user signed in through the backend: the user as the backend described them, and the backend's token. Lives in
 * the server-side session (Spring Security's context in the HTTP session) and nowhere else: the browser only holds
 * the session cookie.
 * <p>
 * Authorities: {@code ROLE_<role>}; a user who still has a one-time password gets only
 * {@value #PASSWORD_CHANGE_REQUIRED}, so that every view but 修改密码 is closed to them until they change it.
 */
public final class BackendAuthentication extends AbstractAuthenticationToken {

    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final User user;
    private final Credentials credentials;
    private final String signInAddress;

    public BackendAuthentication(User user, Credentials credentials, String signInAddress) {
        super(authorities(user));
        this.user = user;
        this.credentials = credentials;
        this.signInAddress = signInAddress;
        super.setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(User user) {
        if (user.mustChangePassword() || user.role() == null) {
            return List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    /** The same sign-in with the token and user the backend just gave (renewal, password change). */
    public BackendAuthentication renewed(SignedIn signedIn) {
        BackendAuthentication next = new BackendAuthentication(signedIn.user(), signedIn.credentials(), signInAddress);
        next.setDetails(getDetails());
        return next;
    }

    public User user() {
        return user;
    }

    public Credentials token() {
        return credentials;
    }

    /** The browser's address when the user signed in. */
    public String signInAddress() {
        return signInAddress;
    }

    @Override
    public User getPrincipal() {
        return user;
    }

    /** The password is not kept; the token is not a credential to show anyone, so it is not offered here either. */
    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("only the backend's answer makes a user signed in");
        }
        super.setAuthenticated(false);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BackendAuthentication that && super.equals(that)
                && user.equals(that.user) && credentials.equals(that.credentials);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + credentials.hashCode();
    }

    @Override
    public String toString() {
        return "BackendAuthentication[user=" + user.username() + ", role=" + user.role() + ", authorities="
                + getAuthorities() + ", token=…]";
    }
}
