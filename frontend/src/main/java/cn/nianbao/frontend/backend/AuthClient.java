package cn.nianbao.frontend.backend;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Signing in, the token and one's own password ({@code /api/auth/*}). */
@Component
public class AuthClient {

    private final BackendHttp http;

    public AuthClient(BackendHttp http) {
        this.http = http;
    }

    public String backendUrl() {
        return http.backendUrl();
    }

    /**
     * Signs in ({@code POST /api/auth/login}). A wrong username or password is an {@code ERROR_ANSWER} with status 401,
     * a locked account one with 429; neither ends any session.
     *
     * @param clientAddress the browser's address, forwarded for the audit log (null when unknown)
     */
    public SignedIn login(String username, String password, String clientAddress) {
        return http.sendUnsigned("/api/auth/login", new Login(username, password), clientAddress,
                new TypeReference<>() { });
    }

    /**
     * The current token, renewed first when it is close to its end. Called before every call; also called while the
     * user is idle (the dashboard's heartbeat) so that an open page does not lose its session while the user reads it.
     */
    public Credentials renewIfDue() {
        return http.renewIfDue();
    }

    /** The signed-in user as the backend sees them now. */
    public User me() {
        return http.get(uri -> uri.path("/api/auth/me").build(), new TypeReference<>() { });
    }

    /**
     * Changes the signed-in user's own password. The backend ends the old tokens and gives a new one, which replaces
     * the old one in the session at once. A refused password is an {@code ERROR_ANSWER} 400 whose field errors name
     * {@code current_password} or {@code new_password}.
     */
    public SignedIn changePassword(String currentPassword, String newPassword) {
        SignedIn changed = http.send(HttpMethod.POST, "/api/auth/password",
                new PasswordChange(currentPassword, newPassword), new TypeReference<>() { });
        http.caller().renewed(changed);
        return changed;
    }

    private record Login(String username, String password) {

        @Override
        public String toString() {
            return "Login[" + username + ", password=…]";
        }
    }

    private record PasswordChange(String currentPassword, String newPassword) {

        @Override
        public String toString() {
            return "PasswordChange[…]";
        }
    }
}
