package cn.nianbao.frontend.backend;

import java.io.Serializable;
import java.time.Instant;

/**
 * A signed-in user's bearer token and when it expires. Kept in the user's server-side session only; never logged
 * ({@link #toString()} hides it) and never sent to the browser.
 */
public record Credentials(String token, Instant expiresAt) implements Serializable {

    @Override
    public String toString() {
        return "Credentials[token=…, expiresAt=" + expiresAt + "]";
    }
}
