package cn.nianbao.backend.parser;

/** The document cannot be read as an annual report; the message says why, in Chinese, without the file name. */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String problem) {
        super(problem);
    }

    public UnreadableDocumentException(String problem, Throwable cause) {
        super(problem, cause);
    }
}
