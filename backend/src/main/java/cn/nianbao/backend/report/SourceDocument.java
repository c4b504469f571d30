package cn.nianbao.backend.report;

import java.util.Objects;

import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * The file a report version was read from: the name it was uploaded under (without any folder), its media type and
 * its bytes. Kept once per content (SHA-256), so the same bytes stored twice are one document.
 */
public record SourceDocument(String fileName, String mediaType, byte[] content) {

    public static final String UNKNOWN_MEDIA_TYPE = "application/octet-stream";
    static final int MAX_FILE_NAME = 500;
    static final int MAX_MEDIA_TYPE = 200;

    public SourceDocument {
        Objects.requireNonNull(content, "content");
        fileName = cleanFileName(fileName);
        mediaType = cleanMediaType(mediaType);
    }

    public String sha256() {
        return ContentHash.sha256(content);
    }

    /** The last path segment, without control characters, at most 500 characters; null when nothing is left. */
    private static String cleanFileName(String name) {
        if (name == null) {
            return null;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (last.isEmpty()) {
            return null;
        }
        return last.length() <= MAX_FILE_NAME ? last : last.substring(last.length() - MAX_FILE_NAME);
    }

    /** A well-formed media type, or application/octet-stream for anything else. */
    private static String cleanMediaType(String type) {
        if (type == null || type.isBlank() || type.length() > MAX_MEDIA_TYPE) {
            return UNKNOWN_MEDIA_TYPE;
        }
        try {
            MimeType parsed = MimeTypeUtils.parseMimeType(type.strip());
            return parsed.isWildcardType() || parsed.isWildcardSubtype() ? UNKNOWN_MEDIA_TYPE : parsed.toString();
        } catch (InvalidMimeTypeException e) {
            return UNKNOWN_MEDIA_TYPE;
        }
    }
}
