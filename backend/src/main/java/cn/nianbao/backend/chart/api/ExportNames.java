package cn.nianbao.backend.chart.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import cn.nianbao.backend.chart.rendering.RenderedChart;

/**
 * The name a downloaded chart gets, and what the audit log records of it. The file is named after the chart's title
 * (示例市本年新收申请数量趋势（2019—2024 年）.png), sent as RFC 5987 {@code filename*}, with a plain ASCII
 * {@code filename} for clients that know no better.
 */
final class ExportNames {

    /** Characters no file system takes, and controls. */
    private static final String UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}]";
    private static final int MAX_NAME_LENGTH = 100;

    private ExportNames() {
    }

    static String contentDisposition(RenderedChart rendered) {
        String extension = rendered.format().extension();
        String ascii = "nianbao-" + rendered.data().chart().id() + "-" + rendered.data().years().getFirst() + "-"
                + rendered.data().years().getLast() + "." + extension;
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + rfc5987(fileName(rendered.data().title()) + "." + extension);
    }

    /** 图表“机构排名”PNG：示例市各机构本年新收申请数量排名（2024 年，与上年对比）. */
    static String what(RenderedChart rendered) {
        return "图表“" + rendered.data().chart().label() + "”" + rendered.format().name() + "："
                + rendered.data().title();
    }

    static String fileName(String title) {
        String name = title.replaceAll(UNSAFE, "").strip();
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH);
    }

    /** Percent-encoding of RFC 5987: everything but letters, digits and !#$&+-.^_`|~ is encoded. */
    static String rfc5987(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~").replace("%21", "!").replace("%23", "#").replace("%24", "$")
                .replace("%26", "&").replace("%2B", "+").replace("%5E", "^").replace("%60", "`")
                .replace("%7C", "|");
    }
}
