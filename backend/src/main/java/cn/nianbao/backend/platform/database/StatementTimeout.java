package cn.nianbao.backend.platform.database;

import java.time.Duration;

import io.r2dbc.spi.R2dbcException;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;

/**
 * How long one statement of the application may run before PostgreSQL stops it ({@code statement_timeout} of every
 * connection of both pools, sent when the connection opens): a backstop for a request that turns out dearer than any
 * measured (docs/BENCHMARKS.md), so that it cannot hold a connection and a core for minutes. Zero: no limit.
 */
public final class StatementTimeout {

    static final String PROPERTY = "nianbao.database.statement-timeout";
    private static final Duration MOST = Duration.ofHours(24);

    private StatementTimeout() {
    }

    static Duration configured(Environment environment) {
        String text = environment.getProperty(PROPERTY, "60s").strip();
        Duration timeout;
        try {
            timeout = DurationStyle.detectAndParse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " 无法识别：" + text + "（例如 60s、5m；0 表示不限）", e);
        }
        if (timeout.isNegative() || timeout.compareTo(MOST) > 0) {
            throw new IllegalStateException(PROPERTY + " 应在 0 到 24h 之间：" + text);
        }
        return timeout;
    }

    /** Whether PostgreSQL stopped the statement behind {@code error} (or one of its causes) for running too long. */
    public static boolean stopped(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof R2dbcException database && "57014".equals(database.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
