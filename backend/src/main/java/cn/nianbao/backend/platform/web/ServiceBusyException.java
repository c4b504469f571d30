package cn.nianbao.backend.platform.web;

import java.time.Duration;

/** The service is at capacity for this kind of work; answered with 503 and a Retry-After. */
public class ServiceBusyException extends RuntimeException {

    private final Duration retryAfter;

    public ServiceBusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
