package cn.nianbao.frontend.backend;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.unit.DataSize;

/**
 * Where the backend runs, how long to wait for it and how much of an answer to read ({@code nianbao.backend.*}, env
 * {@code NIANBAO_BACKEND_URL}). Timeouts are short because a supervisor is waiting in front of the page; parsing a
 * document may take longer. An answer larger than {@code maxAnswerSize} is cut off, not read into memory.
 */
@ConfigurationProperties("nianbao.backend")
public record BackendProperties(String url, Duration connectTimeout, Duration readTimeout, Duration parseTimeout,
                                DataSize maxAnswerSize) {

    @ConstructorBinding
    public BackendProperties {
        url = url == null || url.isBlank() ? "http://localhost:8081" : url.strip().replaceAll("/+$", "");
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
        parseTimeout = parseTimeout == null ? Duration.ofSeconds(120) : parseTimeout;
        maxAnswerSize = maxAnswerSize == null ? DataSize.ofMegabytes(32) : maxAnswerSize;
    }

    /** With the default limit on answers. */
    public BackendProperties(String url, Duration connectTimeout, Duration readTimeout, Duration parseTimeout) {
        this(url, connectTimeout, readTimeout, parseTimeout, null);
    }

    int maxAnswerBytes() {
        return (int) Math.min(Integer.MAX_VALUE, maxAnswerSize.toBytes());
    }
}
