package cn.nianbao.backend.platform.web;

import org.springframework.http.HttpStatus;

/**
 * An uploaded document that cannot be read as a report; answered with a problem naming the file: 422 when its
 * content cannot be read, 413 when it is larger than allowed.
 */
public class ParseFailedException extends RuntimeException {

    private final String source;
    private final HttpStatus status;

    public ParseFailedException(String source, String message) {
        this(HttpStatus.UNPROCESSABLE_CONTENT, source, message);
    }

    public ParseFailedException(HttpStatus status, String source, String message) {
        super(message);
        this.status = status;
        this.source = source;
    }

    /** The document's name as uploaded. */
    public String source() {
        return source;
    }

    public HttpStatus status() {
        return status;
    }
}
