package cn.nianbao.frontend.security;

import cn.nianbao.frontend.backend.BackendException;
import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * Signing in could not be checked: the backend is not reachable, too slow, or answered with something else than
 * "yes", "wrong" or "locked". The login page says which, in Chinese.
 */
public class SignInUnavailableException extends AuthenticationServiceException {

    private final BackendException.Reason reason;
    private final String backendUrl;
    private final int status;

    public SignInUnavailableException(BackendException cause) {
        super(cause.getMessage());
        this.reason = cause.reason();
        this.backendUrl = cause.backendUrl();
        this.status = cause.status();
    }

    public BackendException.Reason reason() {
        return reason;
    }

    public String backendUrl() {
        return backendUrl;
    }

    public int status() {
        return status;
    }
}
