package cn.nianbao.backend.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded server's {@code pg_hba.conf}, written on every start so that a hand-edited "trust" does not survive:
 * connections from this machine only, each with a SCRAM password. During the one start that converts a data directory
 * from before passwords, the superuser may connect from loopback without one until it has been given its password.
 */
final class HostBasedAuthentication {

    static final String FILE = "pg_hba.conf";

    private HostBasedAuthentication() {
    }

    static void write(Path dataDirectory, boolean ownerStillTrusted) {
        StringBuilder lines = new StringBuilder("""
                # Written by Nianbao on every start: local TCP connections only, each with a password (SCRAM).
                # TYPE  DATABASE  USER  ADDRESS  METHOD
                """);
        if (ownerStillTrusted) {
            lines.append("host all ").append(EmbeddedPostgresServer.OWNER).append(" 127.0.0.1/32 trust\n");
            lines.append("host all ").append(EmbeddedPostgresServer.OWNER).append(" ::1/128 trust\n");
        }
        lines.append("host all all 127.0.0.1/32 scram-sha-256\n");
        lines.append("host all all ::1/128 scram-sha-256\n");
        try {
            Files.writeString(dataDirectory.resolve(FILE), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + FILE, e);
        }
    }
}
