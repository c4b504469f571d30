package cn.nianbao.frontend.backend;

/** A document as the backend sent it: its file name (null when the answer names none), media type and bytes. */
public record Download(String fileName, String mediaType, byte[] bytes) {
}
