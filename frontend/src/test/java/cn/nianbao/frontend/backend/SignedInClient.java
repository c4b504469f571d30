package cn.nianbao.frontend.backend;

import java.time.Clock;
import java.time.Duration;

import cn.nianbao.frontend.BackendStub;
import cn.nianbao.frontend.backend.agencies.AgencyClient;
import cn.nianbao.frontend.backend.analytics.AnalyticsClient;
import cn.nianbao.frontend.backend.audit.AuditClient;
import cn.nianbao.frontend.backend.reports.ReportClient;
import cn.nianbao.frontend.backend.users.UserClient;
import org.springframework.web.reactive.function.client.WebClient;

/** The HTTP core to the stub, signed in as a user of users.json, with the feature clients on top of it. */
record SignedInClient(BackendHttp http, FixedCaller caller, SignedIn signedIn) {

    static BackendProperties properties() {
        return new BackendProperties(BackendStub.shared().url(), Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
    }

    static SignedInClient signIn(String username) {
        return signIn(username, Clock.systemUTC());
    }

    static SignedInClient signIn(String username, Clock clock) {
        SignedIn signedIn = new AuthClient(new BackendHttp(WebClient.builder(), properties()))
                .login(username, BackendStub.PASSWORD, "203.0.113.77");
        FixedCaller caller = new FixedCaller(signedIn.credentials(), "203.0.113.77");
        return new SignedInClient(new BackendHttp(WebClient.builder(), properties(), caller, clock), caller,
                signedIn);
    }

    AuthClient auth() {
        return new AuthClient(http);
    }

    AgencyClient agencies() {
        return new AgencyClient(http);
    }

    AnalyticsClient analytics() {
        return new AnalyticsClient(http);
    }

    ReportClient reports() {
        return new ReportClient(http);
    }

    UserClient users() {
        return new UserClient(http);
    }

    AuditClient audit() {
        return new AuditClient(http);
    }
}
