package cn.nianbao.backend.platform.database;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * Rows of one table written to a file in PostgreSQL's COPY text format, then loaded with one {@code COPY … FROM STDIN}:
 * the bulk path for data sets of millions of rows, where a statement per row would take hours.
 */
public final class CopyFile implements AutoCloseable {

    private final String table;
    private final String columns;
    private final Path file;
    private final BufferedWriter out;
    private long rows;

    public CopyFile(Path directory, String table, String columns) {
        this.table = table;
        this.columns = columns;
        this.file = directory.resolve(table + ".tsv");
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; null is written as SQL NULL. Values must not hold tabs, newlines or backslashes (codes and numbers). */
    public void row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                out.write(values[i] == null ? "\\N" : values[i].toString());
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long rows() {
        return rows;
    }

    /** Closes the file and copies it into the table on {@code connection}; the number of rows copied. */
    public long load(Connection connection) {
        close();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY " + table + "：" + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
