package cn.nianbao.backend.support;

import java.util.Comparator;

import tools.jackson.databind.JsonNode;

/** JSON equality where numbers compare by value: 7545 printed as an integer equals the decimal 7545. */
public final class JsonComparison {

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonComparison() {
    }

    public static boolean sameJson(JsonNode a, JsonNode b) {
        return a.equals(NUMBERS_BY_VALUE, b);
    }
}
