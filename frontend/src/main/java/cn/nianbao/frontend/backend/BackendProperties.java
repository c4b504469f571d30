package cn.nianbao.frontend.backend;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the backend runs and how long to wait for it ({@code nianbao.backend.*}, env {@code NIANBAO_BACKEND_URL}).
 * Timeouts are short because a supervisor is waiting in front of the page; parsing a document may take longer.
 */
@ConfigurationProperties("nianbao.backend")
public record BackendProperties(String url, Duration connectTimeout, Duration readTimeout, Duration parseTimeout) {

    public BackendProperties {
        url = url == null || url.isBlank() ? "http://localhost:8081" : url.strip().replaceAll("/+$", "");
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
        parseTimeout = parseTimeout == null ? Duration.ofSeconds(120) : parseTimeout;
    }
}
