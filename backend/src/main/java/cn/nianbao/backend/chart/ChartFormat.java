package cn.nianbao.backend.chart;

import java.util.Arrays;
import java.util.Locale;

import cn.nianbao.backend.platform.web.BadRequestException;

/** The files a chart is rendered to: SVG for the page, PNG (1× or 2× for slides) and vector PDF for meetings. */
public enum ChartFormat {
    SVG("svg", "image/svg+xml"),
    PNG("png", "image/png"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ChartFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code format} as given, or {@code otherwise} when absent; 400 naming the parameter when unknown. */
    public static ChartFormat of(String format, ChartFormat otherwise) {
        if (format == null || format.isEmpty()) {
            return otherwise;
        }
        return Arrays.stream(values()).filter(f -> f.extension.equals(format.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new BadRequestException("format", "参数 format 应为 svg、png 或 pdf，收到“"
                        + (format.length() > 10 ? format.substring(0, 10) + "…" : format) + "”"));
    }
}
