package cn.nianbao.backend.parser.input;

/** The forms a report arrives in, as recognised from its bytes. */
public enum MediaKind {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    HTML("text/html"),
    TEXT("text/plain");

    private final String mediaType;

    MediaKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
