package cn.nianbao.backend.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An HTTP/1.1 exchange over a plain socket, for what HTTP clients do not let a test do: send a request head and stop
 * (or keep streaming a body) and read the answer the server gives early, as curl does with a 413.
 */
public final class RawHttp {

    /** Status, headers (lower-case names, as written) and body of an answer. */
    public record Answer(int status, String head, String body) {
    }

    private RawHttp() {
    }

    /**
     * Sends {@code head} (request line and headers, without the blank line), then {@code chunks} chunks of 1 MB in
     * chunked encoding (none: only the head), stopping when the server closes; returns the answer.
     */
    public static Answer exchange(int port, String head, int chunks) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                byte[] chunk = new byte[1024 * 1024];
                for (int i = 0; i < chunks; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                if (chunks > 0) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException closedByTheServer) {
                // it has answered: read what it said
            }
            return read(socket.getInputStream());
        }
    }

    /** Opens a connection kept alive across requests, waiting at most {@code seconds} for each answer. */
    public static Connection open(int port, int seconds) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(seconds * 1000);
        return new Connection(socket);
    }

    /** One connection for several requests, as a browser keeps it; requests may be sent before earlier answers. */
    public static final class Connection implements AutoCloseable {

        private final Socket socket;

        private Connection(Socket socket) {
            this.socket = socket;
        }

        /** Sends the requests' heads (request line and headers, each without the blank line) in one write. */
        public void send(String... heads) throws IOException {
            StringBuilder requests = new StringBuilder();
            for (String head : heads) {
                requests.append(head).append("\r\n\r\n");
            }
            socket.getOutputStream().write(requests.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
        }

        /** The next answer on the connection. */
        public Answer read() throws IOException {
            return RawHttp.read(socket.getInputStream());
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String head = line(in);
        StringBuilder headers = new StringBuilder(head).append('\n');
        long length = -1;
        boolean chunked = false;
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            String lower = line.toLowerCase(Locale.ROOT);
            headers.append(lower).append('\n');
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0;
                 size = Integer.parseInt(line(in).strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (length >= 0) {
            body.write(in.readNBytes((int) length));
        }
        return new Answer(Integer.parseInt(head.split(" ")[1]), headers.toString(),
                body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
