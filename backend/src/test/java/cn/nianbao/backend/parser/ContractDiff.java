package cn.nianbao.backend.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Cell-by-cell comparison of two contract documents over the compared fields (format, agency, year, signed_on and
 * the three tables), listing every differing path as {@code path: expected X, actual Y}.
 */
public final class ContractDiff {

    private static final Set<String> COMPARED = Set.of("format", "agency", "year", "signed_on", "proactive",
            "requests", "reviews");

    private ContractDiff() {
    }

    public static List<String> differences(JsonNode expected, JsonNode actual) {
        Map<String, String> want = flatten(expected);
        Map<String, String> got = flatten(actual);
        Set<String> paths = new TreeSet<>(want.keySet());
        paths.addAll(got.keySet());
        List<String> differences = new ArrayList<>();
        for (String path : paths) {
            String a = want.getOrDefault(path, "<absent>");
            String b = got.getOrDefault(path, "<absent>");
            if (!Objects.equals(a, b)) {
                differences.add(path + ": expected " + a + ", actual " + b);
            }
        }
        return differences;
    }

    private static Map<String, String> flatten(JsonNode root) {
        Map<String, String> cells = new TreeMap<>();
        for (String key : root.propertyNames()) {
            if (COMPARED.contains(key)) {
                flatten(key, root.get(key), cells);
            }
        }
        return cells;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> cells) {
        if (node.isObject()) {
            for (String key : node.propertyNames()) {
                flatten(path + "." + key, node.get(key), cells);
            }
        } else if (node.isNumber()) {
            cells.put(path, node.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            cells.put(path, node.isNull() ? "null" : node.asString());
        }
    }
}
