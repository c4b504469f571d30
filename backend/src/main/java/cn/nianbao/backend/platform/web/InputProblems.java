package cn.nianbao.backend.platform.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.core.io.buffer.DataBufferLimitException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Bad input put into Chinese: where it is (a field path, a line and column, a parameter) and what was expected, in
 * words a clerk understands. Never the parser's English sentence or a Java type name: those describe the server, not
 * the request, and tell an attacker what runs inside.
 */
final class InputProblems {

    private InputProblems() {
    }

    /** What is wrong with a request body that could not be read. */
    static String body(Throwable failure) {
        JacksonException json = find(failure, JacksonException.class);
        if (json instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "请求体中字段 " + path(mismatch.getPath()) + " 的值无效，应为" + expected(mismatch.getTargetType());
        }
        if (json instanceof MismatchedInputException) {
            return "请求体的结构不对，应为 JSON 对象";
        }
        if (json != null) {
            TokenStreamLocation at = json.getLocation();
            return at == null || at.getLineNr() < 1 ? "请求体不是有效的 JSON"
                    : "请求体不是有效的 JSON（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列附近）";
        }
        return "缺少请求体，或请求体不是有效的 JSON";
    }

    /** A query, path or header parameter that is missing or of the wrong kind. */
    static String parameter(MethodParameter parameter, boolean missing) {
        String name = parameter.getParameterName() == null ? "" : " " + parameter.getParameterName();
        return missing ? "缺少参数" + name : "参数" + name + " 无效，应为" + expected(parameter.getParameterType());
    }

    static boolean tooLarge(Throwable failure) {
        return find(failure, DataBufferLimitException.class) != null;
    }

    /** The kind of value a type takes, in Chinese; enum constants are listed. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "合适的值";
        }
        if (type.isEnum()) {
            return "以下之一：" + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining("、"));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "整数";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return "数字";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true 或 false";
        }
        if (type == LocalDate.class) {
            return "日期（如 2024-01-31）";
        }
        if (type == OffsetDateTime.class || type == Instant.class) {
            return "带时区的时间（如 2024-01-31T08:00:00+08:00）";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "文本";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "数组";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "JSON 对象";
        }
        return type.isRecord() || !type.isPrimitive() ? "JSON 对象" : "合适的值";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "（顶层）" : path.toString();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
