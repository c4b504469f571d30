package cn.nianbao.frontend.backend;

import java.time.Instant;

/**
 * The backend's answer to signing in, renewing a token or changing one's password: a new token and the user as the
 * backend now sees them.
 */
public record SignedIn(String token, Instant expiresAt, User user) {

    public Credentials credentials() {
        return new Credentials(token, expiresAt);
    }

    @Override
    public String toString() {
        return "SignedIn[token=…, expiresAt=" + expiresAt + ", user=" + user + "]";
    }
}
