package cn.nianbao.backend.quality.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The named figures of a finding, in the order they were added; they fill its message and identify it. */
public final class Figures {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public static Figures of(String name, Object value) {
        return new Figures().with(name, value);
    }

    public Figures with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** A figure as the message prints it: numbers in their plain form (7730.28, never 7.73028E+3). */
    static String show(Object value) {
        if (value == null) {
            return "空白";
        }
        if (value instanceof BigDecimal decimal) {
            BigDecimal stripped = decimal.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        return value.toString();
    }
}
