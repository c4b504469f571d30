package cn.nianbao.backend.parser.input;

/** The forms a report arrives in, as recognised from its bytes. */
public enum MediaKind {
    PDF, DOCX, HTML, TEXT
}
