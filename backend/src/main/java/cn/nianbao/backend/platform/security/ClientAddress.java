package cn.nianbao.backend.platform.security;

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
 * Where a request comes from, for the audit log: the browser's address that the dashboard forwards in
 * {@code X-Forwarded-For}, and the address that actually connected when it differs. Kept in the Reactor context.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClientAddress implements WebFilter {

    private static final String KEY = ClientAddress.class.getName();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange).contextWrite(context -> context.put(KEY, describe(exchange.getRequest())));
    }

    /** The address recorded for the current request, or null outside a request. */
    public static String of(ContextView context) {
        return context.getOrDefault(KEY, null);
    }

    static String describe(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
        String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
        String browser = forwarded == null ? null : forwarded.split(",")[0].trim();
        if (browser == null || browser.isEmpty() || browser.equals(peer)) {
            return peer;
        }
        return peer == null ? browser : browser + "（经 " + peer + "）";
    }
}
