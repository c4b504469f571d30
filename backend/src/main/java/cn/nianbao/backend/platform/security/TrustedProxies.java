package cn.nianbao.backend.platform.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * Spring's {@link ForwardedHeaderTransformer} with a list of trusted proxies ({@code nianbao.security.trusted-proxies},
 * env {@code NIANBAO_TRUSTED_PROXIES}; loopback by default, where the dashboard runs). Forwarded headers from anyone
 * else are removed unread, so a made-up {@code X-Forwarded-For} neither hides the sender nor buys a fresh sign-in
 * throttle. From a trusted proxy, {@code X-Forwarded-For} is read from the right, skipping trusted proxies, to the
 * first address that is not one: that is the client (the left-most entries are whatever the client claimed). The
 * connecting proxy is kept beside it ({@link ProxiedRequest}) for the audit log.
 */
public class TrustedProxies extends ForwardedHeaderTransformer {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    /** Hops read at most; a longer chain is not walked further (its far end is client-supplied anyway). */
    static final int MAX_HOPS = 16;

    private final List<AddressRange> trusted;
    private final ForwardedHeaderTransformer remover = new ForwardedHeaderTransformer();

    public TrustedProxies(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .map(AddressRange::parse).toList();
        this.remover.setRemoveOnly(true);
    }

    /** The request with its forwarded headers believed (from a trusted proxy) or removed (from anyone else). */
    @Override
    public ServerHttpRequest apply(ServerHttpRequest request) {
        if (!hasForwardedHeaders(request)) {
            return request;
        }
        InetSocketAddress peer = request.getRemoteAddress();
        if (peer == null || peer.getAddress() == null || !isTrusted(peer.getAddress())) {
            return remover.apply(request);
        }
        InetAddress client = clientBehind(peer.getAddress(), request.getHeaders().getValuesAsList(FORWARDED_FOR));
        ServerHttpRequest adapted;
        try {
            adapted = super.apply(request);
        } catch (RuntimeException unusableHostOrPrefix) {
            // even a trusted proxy's X-Forwarded-Host or -Prefix may be nonsense: then the address is all we take
            adapted = remover.apply(request);
        }
        return new ProxiedRequest(adapted.mutate().remoteAddress(new InetSocketAddress(client, peer.getPort())).build(),
                peer);
    }

    boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** Walks the chain from the right while the hop that handed the request on is a trusted proxy. */
    InetAddress clientBehind(InetAddress peer, List<String> forwardedFor) {
        List<String> hops = new ArrayList<>();
        for (String value : forwardedFor) {
            hops.addAll(Arrays.stream(value.split(",")).map(String::strip).filter(hop -> !hop.isEmpty()).toList());
        }
        InetAddress current = peer;
        for (int i = hops.size() - 1, walked = 0; i >= 0 && walked < MAX_HOPS && isTrusted(current); i--, walked++) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                // not an address: nothing to the left of it can be believed
                break;
            }
            current = hop;
        }
        return current;
    }

    /** An IP literal as proxies write it ({@code 203.0.113.7}, {@code 203.0.113.7:5678}, {@code [2001:db8::1]:80}). */
    static InetAddress literal(String hop) {
        String address = hop;
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            address = end < 0 ? "" : address.substring(1, end);
        } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
            address = address.substring(0, address.indexOf(':'));
        }
        try {
            return InetAddress.ofLiteral(address);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A request handed on by a trusted proxy: its remote address is the client's, {@link #peer()} the proxy's. */
    public static final class ProxiedRequest extends ServerHttpRequestDecorator {

        private final InetSocketAddress peer;

        ProxiedRequest(ServerHttpRequest delegate, InetSocketAddress peer) {
            super(delegate);
            this.peer = peer;
        }

        public InetSocketAddress peer() {
            return peer;
        }
    }
}
