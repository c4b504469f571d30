package cn.nianbao.backend.export;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.nianbao.backend.platform.web.BadRequestException;

/** The files a table or a pack is exported to. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    CSV("csv", "text/csv; charset=UTF-8"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code value} among {@code allowed} (the first when absent); 400 naming them otherwise. */
    public static ExportFormat of(String value, List<ExportFormat> allowed) {
        if (value == null || value.isEmpty()) {
            return allowed.getFirst();
        }
        return allowed.stream().filter(format -> format.extension.equals(value.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new BadRequestException("format", "参数 format 应为 "
                        + allowed.stream().map(ExportFormat::extension).collect(Collectors.joining("、"))
                        + " 之一，收到“" + (value.length() > 10 ? value.substring(0, 10) + "…" : value) + "”"));
    }

    /** The completeness matrix, the findings, a metric per body. */
    public static List<ExportFormat> tables() {
        return List.of(XLSX, CSV);
    }

    public static List<ExportFormat> rollup() {
        return List.of(XLSX, DOCX, CSV);
    }

    public static List<ExportFormat> pack() {
        return List.of(PPTX, PDF);
    }
}
