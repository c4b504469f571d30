package cn.nianbao.backend.platform.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Where a request comes from, kept in the Reactor context: the client's address (the browser's, when the dashboard
 * or another trusted proxy forwarded it — see {@link TrustedProxies}) for throttling, and for the audit log that
 * address followed by the connecting proxy's. Both are parsed IP addresses, so the description is short and whole.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClientAddress implements WebFilter {

    private static final String KEY = ClientAddress.class.getName();

    /** The client and the peer that connected (the same when nobody forwarded the request). */
    public record Origin(String client, String peer) {

        /** {@code client}, or {@code client（经 peer）} when a proxy handed the request on. */
        public String describe() {
            if (client == null || client.equals(peer)) {
                return peer;
            }
            return peer == null ? client : client + "（经 " + peer + "）";
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Origin origin = originOf(exchange.getRequest());
        return chain.filter(exchange).contextWrite(context -> context.put(KEY, origin));
    }

    /** The address recorded for the current request in the audit log, or null outside a request. */
    public static String of(ContextView context) {
        Origin origin = context.getOrDefault(KEY, null);
        return origin == null ? null : origin.describe();
    }

    /** The client's address, for counting its attempts, or null outside a request. */
    public static String clientOf(ContextView context) {
        Origin origin = context.getOrDefault(KEY, null);
        return origin == null ? null : origin.client();
    }

    static Origin originOf(ServerHttpRequest request) {
        String client = host(request.getRemoteAddress());
        String peer = request instanceof TrustedProxies.ProxiedRequest proxied ? host(proxied.peer()) : client;
        return new Origin(client, peer);
    }

    private static String host(InetSocketAddress address) {
        InetAddress ip = address == null ? null : address.getAddress();
        if (ip == null) {
            return null;
        }
        String literal = ip.getHostAddress();
        // an IPv6 scope (fe80::1%eth0) says nothing about who it was
        int scope = literal.indexOf('%');
        return scope < 0 ? literal : literal.substring(0, scope);
    }
}
