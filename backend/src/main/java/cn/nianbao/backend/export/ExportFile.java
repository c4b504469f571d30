package cn.nianbao.backend.export;

/**
 * An exported file: its bytes and format, the Chinese name it is saved under (without extension), the region it shows
 * and what the audit log records of it.
 */
public record ExportFile(String name, ExportFormat format, byte[] bytes, String regionCode, String what) {
}
