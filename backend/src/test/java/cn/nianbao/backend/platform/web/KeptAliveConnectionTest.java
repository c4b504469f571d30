package cn.nianbao.backend.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import cn.nianbao.backend.platform.security.Role;
import cn.nianbao.backend.support.BackendIntegrationTest;
import cn.nianbao.backend.support.RawHttp;
import cn.nianbao.backend.support.TestDatabase;
import cn.nianbao.backend.support.TestUsers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A connection the client keeps open — the dashboard's, a browser's — is answered request after request, also when a
 * request that arrived while the previous answer was still being finished is answered at once, without waiting for
 * the database. reactor-netty 1.3.6 then stopped reading the connection, and the next request on it never got an
 * answer (docs/BENCHMARKS.md, "A kept-alive connection that stopped being read").
 */
@BackendIntegrationTest
class KeptAliveConnectionTest {

    /** Long enough for a loaded machine, short enough to fail rather than hang the suite. */
    private static final int SECONDS_PER_ANSWER = 20;

    private final ApplicationContext context;
    private final int port;

    @Autowired
    KeptAliveConnectionTest(ApplicationContext context, @LocalServerPort int port) {
        this.context = context;
        this.port = port;
    }

    @Test
    void theConnectionIsStillReadAfterARequestAnsweredAtOnceBehindOneThatWaitedForTheDatabase() throws IOException {
        TestDatabase.truncate(context.getBean(DSLContext.class));
        TestUsers.create(context, "admin", Role.ADMIN, null);
        String token = TestUsers.token(context, "admin");
        try (RawHttp.Connection connection = RawHttp.open(port, SECONDS_PER_ANSWER)) {
            for (int round = 0; round < 5; round++) {
                // the first reads the token's user from the database; the second, without a token, is refused at
                // once — and it arrives before the first has been answered, so it waits in the server's queue
                connection.send(get("/api/agencies", token), get("/api/agencies", null));
                assertThat(connection.read().status()).isEqualTo(200);
                assertThat(connection.read().status()).isEqualTo(401);
            }
            connection.send(get("/api/agencies", token));
            assertThat(connection.read().status()).isEqualTo(200);
        }
    }

    private static String get(String path, String token) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json"
                + (token == null ? "" : "\r\nAuthorization: Bearer " + token);
    }
}
