package cn.nianbao.backend.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** X-Forwarded-For believed only from trusted proxies, read from the right. */
class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of("127.0.0.0/8", "::1", "10.1.0.0/16"));

    @Test
    void fromAnUntrustedPeerTheHeadersAreRemovedUnread() {
        ServerHttpRequest request = proxies.apply(from("198.51.100.4", "203.0.113.9"));

        assertThat(request.getRemoteAddress().getAddress().getHostAddress()).isEqualTo("198.51.100.4");
        assertThat(request.getHeaders().containsHeader("X-Forwarded-For")).isFalse();
        assertThat(ClientAddress.originOf(request)).isEqualTo(new ClientAddress.Origin("198.51.100.4", "198.51.100.4"));
    }

    @Test
    void fromTheDashboardTheBrowsersAddressIsBelievedAndTheDashboardKept() {
        ServerHttpRequest request = proxies.apply(from("127.0.0.1", "203.0.113.7"));

        assertThat(ClientAddress.originOf(request)).isEqualTo(new ClientAddress.Origin("203.0.113.7", "127.0.0.1"));
        assertThat(ClientAddress.originOf(request).describe()).isEqualTo("203.0.113.7（经 127.0.0.1）");
    }

    @Test
    void whatAClientWroteBeforeTheFirstUntrustedHopIsIgnored() {
        // the client claimed 1.2.3.4; a trusted proxy (10.1.2.3) appended the address it saw, the dashboard its own
        InetAddress client = proxies.clientBehind(address("127.0.0.1"),
                List.of("1.2.3.4, 198.51.100.4", "10.1.2.3"));

        assertThat(client.getHostAddress()).isEqualTo("198.51.100.4");
    }

    @Test
    void garbageStopsTheWalkAtTheLastTrustedHop() {
        String garbage = "x".repeat(100);

        assertThat(proxies.clientBehind(address("127.0.0.1"), List.of("203.0.113.7, " + garbage)).getHostAddress())
                .isEqualTo("127.0.0.1");
        assertThat(proxies.clientBehind(address("127.0.0.1"), List.of("[2001:db8::7]:443")).getHostAddress())
                .isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(proxies.clientBehind(address("127.0.0.1"), List.of("203.0.113.7:5678")).getHostAddress())
                .isEqualTo("203.0.113.7");
    }

    @Test
    void aHostNameIsNeverLookedUp() {
        assertThat(TrustedProxies.literal("localhost")).isNull();
        assertThat(TrustedProxies.literal("example.org")).isNull();
    }

    @Test
    void aLongChainOfTrustedHopsIsWalkedOnlySoFar() {
        List<String> chain = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "127.0.0." + (i % 250 + 1))
                .toList();

        assertThat(proxies.clientBehind(address("127.0.0.1"), List.of(String.join(",", chain))).isLoopbackAddress())
                .isTrue();
    }

    @Test
    void theListIsCheckedAtStart() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("dashboard.example")))
                .hasMessageContaining("受信任的代理地址无效");
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33"))).hasMessageContaining("前缀长度");
        assertThat(new TrustedProxies(List.of("172.16.0.0/12")).isTrusted(address("172.31.255.1"))).isTrue();
        assertThat(new TrustedProxies(List.of("172.16.0.0/12")).isTrusted(address("172.32.0.1"))).isFalse();
    }

    private static ServerHttpRequest from(String peer, String forwardedFor) {
        return MockServerHttpRequest.get("/api/auth/me").header("X-Forwarded-For", forwardedFor)
                .remoteAddress(new InetSocketAddress(address(peer), 40000)).build();
    }

    private static InetAddress address(String literal) {
        return InetAddress.ofLiteral(literal);
    }
}
