package cn.nianbao.backend.report;

/** The file a version was read from (the bytes stay in the database). */
public record SourceDocumentInfo(String fileName, String mediaType, String sha256, long sizeBytes) {
}
