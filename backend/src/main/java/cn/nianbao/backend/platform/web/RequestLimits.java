package cn.nianbao.backend.platform.web;

import java.util.regex.Pattern;

/** The bounds of query parameters read as text, checked before anything is read; refusals name the parameter. */
public final class RequestLimits {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private RequestLimits() {
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
    public static int number(String parameter, String value, int min, int max, int fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!NUMBER.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new BadRequestException(parameter, "参数 " + parameter + " 应为 " + min + " 至 " + max + " 之间的整数，收到“"
                    + echo(value) + "”");
        }
        return Integer.parseInt(value);
    }

    /** Text such as a search, surrounding spaces removed, of at most {@code maxLength} characters; "" when absent. */
    public static String text(String parameter, String value, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.length() > maxLength) {
            throw new BadRequestException(parameter, "参数 " + parameter + " 最多 " + maxLength + " 个字符，收到 "
                    + text.length() + " 个");
        }
        return text;
    }

    /** An id as it appears in a path: a positive whole number. */
    public static long id(String parameter, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new BadRequestException(parameter, parameter + " 应为正整数，收到“" + echo(value == null ? "" : value) + "”");
        }
        return Long.parseLong(value);
    }

    public static String echo(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
