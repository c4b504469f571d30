package cn.nianbao.frontend.backend;

import java.time.Clock;
import java.time.Duration;

import cn.nianbao.frontend.BackendStub;
import org.springframework.web.reactive.function.client.WebClient;

/** A {@link BackendClient} to the stub, signed in as a user of users.json. */
record SignedInClient(BackendClient client, FixedCaller caller, SignedIn signedIn) {

    static BackendProperties properties() {
        return new BackendProperties(BackendStub.shared().url(), Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
    }

    static SignedInClient signIn(String username) {
        return signIn(username, Clock.systemUTC());
    }

    static SignedInClient signIn(String username, Clock clock) {
        SignedIn signedIn = new BackendClient(WebClient.builder(), properties())
                .login(username, BackendStub.PASSWORD, "203.0.113.77");
        FixedCaller caller = new FixedCaller(signedIn.credentials(), "203.0.113.77");
        return new SignedInClient(new BackendClient(WebClient.builder(), properties(), caller, clock), caller,
                signedIn);
    }
}
