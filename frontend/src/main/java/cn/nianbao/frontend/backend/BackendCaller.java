package cn.nianbao.frontend.backend;

import java.util.Optional;

/**
 * Who is calling the backend: the signed-in user of the current request, whose token {@link BackendHttp} sends as
 * {@code Authorization: Bearer} and whose browser address it forwards as {@code X-Forwarded-For}. The dashboard's
 * security layer implements it on top of the server-side session; this package knows no session and no UI.
 */
public interface BackendCaller {

    /** The current user's token, empty when nobody is signed in. */
    Optional<Credentials> credentials();

    /** The address of the user's browser, for the backend's audit log. */
    Optional<String> clientAddress();

    /**
     * The backend gave the user a new token (renewed, or after a password change) and says who they now are: it
     * replaces the old one in the session.
     */
    void renewed(SignedIn signedIn);

    /**
     * The backend refused the token (401): it was revoked (password, role or scope changed, user disabled) or has
     * expired. The session is over.
     */
    void sessionEnded();

    /** Nobody: for a client that only signs in, and for tests. */
    BackendCaller NOBODY = new BackendCaller() {
        @Override
        public Optional<Credentials> credentials() {
            return Optional.empty();
        }

        @Override
        public Optional<String> clientAddress() {
            return Optional.empty();
        }

        @Override
        public void renewed(SignedIn signedIn) {
        }

        @Override
        public void sessionEnded() {
        }
    };
}
